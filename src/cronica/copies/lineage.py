"""Copy groups and lineage: who belongs with whom, and who printed first."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Article, CopyLink, Evidence


def copy_components(ids: Iterable[str], links: Iterable[CopyLink]) -> dict[str, str]:
    """Return article id -> group id (smallest member id) over exact, near and containment links."""
    parent: dict[str, str] = {i: i for i in ids}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.kind != "rewrite":
            ra, rb = find(link.source), find(link.target)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def origin_of(members: list[Article]) -> tuple[str | None, str]:
    """Return (article printed first, why) for a copy group, or (None, why not)."""
    dated = sorted((a.published, a.id) for a in members if a.published)
    if len(dated) >= 2 and dated[0][0] < dated[1][0]:
        return dated[0][1], f"earliest trustworthy publication date {dated[0][0]} (next {dated[1][0]})"
    agency = {a.agency for a in members if a.agency}
    credited = [a for a in members if a.dateline and a.dateline.agency]
    if len(dated) == 1 and len(members) > 1:
        return dated[0][1], f"the only member with a trustworthy publication date ({dated[0][0]})"
    reason = "members published the same day" if len(dated) >= 2 else "no trustworthy dates to order the copies"
    if agency and credited:
        reason += f"; all go back to the {'/'.join(sorted(agency))} cable"
    return None, reason


def lineage_evidence(group_id: str, members: list[Article], origin: str | None, why: str) -> list[Evidence]:
    """Return one ledger row per member: the group's origin and why (agencies credited included)."""
    agencies = sorted({a.agency for a in members if a.agency})
    if agencies:
        why += f"; credited agency: {', '.join(agencies)}"
    return [Evidence(subject=a.id, kind="copy_origin", claim=origin or "unknown", rule="lineage", detail=why,
                     ref=group_id) for a in members]
