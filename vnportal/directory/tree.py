"""The organisation chart as a tree, from a flat list of departments (plain Python)."""

from dataclasses import dataclass, field


@dataclass
class Node:
    item: object
    children: list = field(default_factory=list)


def build_tree(items):
    """Nodes of the items without a parent (or whose parent is not in `items`), each with
    its children, keeping the order of `items`. An item caught in a parent cycle (which
    the model's validation refuses) is shown at the top rather than lost."""
    nodes = {item.pk: Node(item) for item in items}
    roots = []
    for item in items:
        parent = nodes.get(item.parent_id)
        if parent is None or _in_cycle(item, nodes):
            roots.append(nodes[item.pk])
        else:
            parent.children.append(nodes[item.pk])
    return roots


def _in_cycle(item, nodes):
    seen = {item.pk}
    parent_id = item.parent_id
    while parent_id in nodes:
        if parent_id in seen:
            return True
        seen.add(parent_id)
        parent_id = nodes[parent_id].item.parent_id
    return False
