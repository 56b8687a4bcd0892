"""The interactive graph explorer: a bounded neighbourhood drawn with streamlit-cytoscape (its
scripts ship inside the package, so it works offline). Clicking a node recentres the view."""
from __future__ import annotations

import streamlit as st
from streamlit_cytoscape import EdgeStyle, Event, NodeStyle, streamlit_cytoscape

from queries.explore import MAX_NODES, neighbourhood
from views.present import LEVEL_COLOUR, RELATION, RELATION_STYLE, graph_elements, legend_html

# (a plan's name is long: wrapped under its node, it does not run over its neighbours')
NODE_STYLES = [NodeStyle(level, colour, "name", custom_styles={"font-size": 12, "text-wrap": "wrap",
                                                               "text-max-width": "150px"})
               for level, colour in LEVEL_COLOUR.items()]
EDGE_STYLES = [EdgeStyle(rel, colour, "quan_he", directed=True,
                         custom_styles={"line-style": line, "width": width, "font-size": 11})
               for rel, (colour, line, width) in RELATION_STYLE.items()]


def layout(nodes: int) -> dict:
    """A few nodes in rings by degree (the document in the middle, its neighbours around it), spaced
    so that the view, fitted to the frame, draws their long names side by side; many, force-directed
    (clusters show where plans gather)."""
    if nodes > 40:
        return {"name": "cose", "animate": False}
    return {"name": "concentric", "minNodeSpacing": 250 if nodes <= 12 else 120, "padding": 30, "animate": False}


def graph_tab(store, node_id: str) -> None:
    cols = st.columns(3)
    hops = cols[0].slider("Số bước từ văn bản", 1, 3, 1)
    relations = cols[1].multiselect("Quan hệ", list(RELATION_STYLE), default=list(RELATION_STYLE),
                                    format_func=RELATION.get, placeholder="Chọn quan hệ")
    limit = cols[2].slider("Tối đa số nút", 20, MAX_NODES, 150, step=10)
    view = neighbourhood(store, node_id, hops, set(relations), limit)
    st.markdown(legend_html(), unsafe_allow_html=True)
    st.caption((f"Đã giới hạn ở {limit} nút gần nhất. " if view["truncated"] else "")
               + "Bấm vào một nút để chuyển sang văn bản đó.")
    event = streamlit_cytoscape(graph_elements(view), layout=layout(len(view["nodes"])), node_styles=NODE_STYLES,
                                edge_styles=EDGE_STYLES, height=600, key=f"graph:{node_id}",
                                events=[Event("recentre", "tap", "node")])
    _recentre(event, node_id)


def _recentre(event, node_id: str) -> None:
    """Follow a click once: a component keeps returning its last event on later reruns."""
    if not event or event.get("action") != "recentre" or event.get("timestamp") == st.session_state.get("tap"):
        return
    st.session_state["tap"] = event.get("timestamp")
    target = event["data"]["target_id"]
    if target != node_id:
        st.query_params.clear()
        st.query_params["id"] = target
        st.rerun()
