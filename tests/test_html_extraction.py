"""HTML extraction: htmldate asked only when its date can matter, metadata without its date search, link
teasers and the next articles of an infinite-scroll page left out."""

from __future__ import annotations

from cronica.extract import html

PARAGRAPHS = [
    "The town council met for four hours and agreed to rebuild the old footbridge over the river "
    "before the winter floods arrive, after years of repairs that never lasted.",
    "Residents had asked for a safer crossing since the last storm, and the engineers said the new "
    "bridge would carry bicycles as well as people walking to the market.",
    "Work starts in March and should end before the autumn, the mayor said; the old bridge stays "
    "open until the new one can take its first walkers.",
]


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>Council agrees to rebuild the footbridge</title>{head}</head>"
            f"<body><h1>Council agrees to rebuild the footbridge</h1>{body}</body></html>")


ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_htmldate_only_when_the_markup_gives_no_publication_date(monkeypatch):
    asked = []
    monkeypatch.setattr(html, "markup_date", lambda tree, url: asked.append(url) or "2024-05-02")
    dated = html.extract_html(page(ARTICLE, '<meta property="article:published_time" content="2024-05-03T08:00:00Z">'))
    assert not asked and "2024-05-03" in {d.value for d in dated.dates if d.role == "published"}
    undated = html.extract_html(page(ARTICLE))
    assert len(asked) == 1 and ("2024-05-02", "guess") in {(d.value, d.role) for d in undated.dates}


def test_htmldate_not_asked_when_the_page_shows_its_date_beside_the_headline(monkeypatch):
    asked = []
    monkeypatch.setattr(html, "markup_date", lambda tree, url: asked.append(url) or "2024-05-02")
    shown = page('<p class="date">Published 3 May 2024</p>' + ARTICLE)
    ex = html.extract_html(shown, seen_at="2024-05-04T10:00:00Z")
    assert not asked and ("2024-05-03", "shown") in {(d.value, d.role) for d in ex.dates}
    html.extract_html(shown, seen_at="2024-05-01T10:00:00Z")  # seen before the day it shows: not its date
    assert len(asked) == 1


def test_metadata_without_the_date_search():
    meta = html.page_metadata(html.parse_tree(page(ARTICLE, '<meta name="author" content="Ana Ruiz">'
                                                   '<meta property="og:site_name" content="town gazette">')), None)
    assert (meta.title, meta.author, meta.sitename) == ("Council agrees to rebuild the footbridge", "Ana Ruiz",
                                                        "Town Gazette")
    assert meta.date is None


def test_a_paragraph_that_is_wholly_a_link_to_another_page_is_not_body():
    tree = html.parse_tree(page(
        ARTICLE
        + '<p><a href="/news/ferry-fares-rise-again">Ferry fares rise again for the third time</a></p>'
        + '<p><a href="https://events.example.com/42">Join the walk over the old bridge</a></p>'
        + '<p>-<a href="/news/market-hours">Market hours change for the holidays</a></p>'
        + '<ul><li><a href="#plans">Plans for the new footbridge</a></li></ul>'
        + '<p><a href="https://example.org/minutes">The minutes of the meeting are published online.</a></p>'))
    text = "\n".join([PARAGRAPHS[0], "Ferry fares rise again for the third time", "Plans for the new footbridge",
                      PARAGRAPHS[1], "Join the walk over the old bridge", "-Market hours change for the holidays",
                      "The minutes of the meeting are published online."])
    kept = html._drop_link_teasers(text, tree, "https://www.example.org/news/footbridge").split("\n")
    # a heading its table of contents links to stays, so do a link to another site and a sentence
    assert kept == [PARAGRAPHS[0], "Plans for the new footbridge", PARAGRAPHS[1], "Join the walk over the old bridge",
                    "The minutes of the meeting are published online."]


def test_the_next_articles_of_an_infinite_scroll_page_are_left_out():
    other = ("The regional orchestra will play three free concerts in the park this summer, the first "
             "one on the last Saturday of June, with a programme chosen by the audience online.")
    body = (f'<article id="article-0" class="entry">{ARTICLE}</article>'
            '<a href="#article-1" class="scroll-to">Orchestra plans free concerts in the park</a>'
            f'<article id="article-1" class="entry"><h2>Orchestra plans free concerts in the park</h2>'
            f'<p>{other}</p><p>{other}</p></article>')
    ex = html.extract_html(page(body))
    assert PARAGRAPHS[0] in ex.text
    assert "orchestra" not in ex.text.lower()
