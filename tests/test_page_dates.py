"""Dates shown in an HTML page's text (cronica.dates.shown) and the choice of the publication date.

The pages are small made-up snippets: a site header, a headline, a byline, the article, a related list.
"""

from __future__ import annotations

import pytest

from cronica.dates.page import choose_published, guess_can_matter, html_candidates, shown_candidates, url_candidates
from cronica.dates.shown import find_shown_dates, headline_element, parse_dates
from cronica.extract import extract_article
from cronica.extract.html import parse_tree
from cronica.ingest import page_from_bytes

SEEN = "2024-06-01T10:00:00+00:00"
BODY = (
    "<p>The town council met for four hours and agreed to rebuild the old footbridge over the river "
    "before the winter floods arrive, after years of repairs that never lasted.</p>"
    "<p>Residents had asked for a safer crossing since the last storm, and the engineers said the new "
    "bridge would carry bicycles as well as people walking to the market.</p>"
)


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Council agrees to rebuild the footbridge</title>{head}</head>'
            f"<body>{body}</body></html>")


def article(body: str, head: str = "", lang: str = "en"):
    raw = page(body, head, lang).encode("utf-8")
    return extract_article(page_from_bytes(raw, "page.html", kind="html", seen_at=SEEN))


def shown(body: str, lang: str = "en"):
    tree = parse_tree(page(body, lang=lang))
    return find_shown_dates(tree, headline_element(tree, "Council agrees to rebuild the footbridge"),
                            month_first=lang == "en-us")


def chosen(body: str, head: str = "") -> tuple[str | None, list]:
    """Return the date chosen from the page's own candidates (markup and shown dates, no htmldate guess)."""
    tree = parse_tree(page(body, head))
    candidates = html_candidates(tree) + shown_candidates(
        find_shown_dates(tree, headline_element(tree, "Council agrees to rebuild the footbridge")))
    value, evidence = choose_published(candidates, SEEN, "a1")
    return value, candidates, evidence


HEADLINE = "<h1>Council agrees to rebuild the footbridge</h1>"


@pytest.mark.parametrize("text,value", [
    ("Veröffentlicht am 12.03.2019", "2019-03-12"),
    ("3. März 2019, 14:20 Uhr", "2019-03-03"),
    ("March 3, 2019 / 12:25 PM", "2019-03-03"),
    ("Mar. 3rd, 2019", "2019-03-03"),
    ("Publié le 3 mars 2019", "2019-03-03"),
    ("1er avril 2020", "2020-04-01"),
    ("Publicado el 3 de marzo de 2019", "2019-03-03"),
    ("2019-03-03 | Nachrichten", "2019-03-03"),
    ("10.12.19", "2019-12-10"),
    ("Written: 2023-11-07 15:03:30", "2023-11-07"),
])
def test_written_dates_are_read(text, value):
    assert [v for v, _, _ in parse_dates(text)] == [value]


def test_numbers_that_are_not_dates_are_left_alone():
    assert parse_dates("Version 3.1.2 scored 4/5 in 12.345 tests, 2019 times") == []
    assert parse_dates("31.02.2019") == []  # no such day


def test_ambiguous_numeric_date_keeps_its_other_reading():
    assert parse_dates("03/04/2019") == [("2019-04-03", "2019-03-04", 0)]
    assert parse_dates("03/04/2019", month_first=True) == [("2019-03-04", "2019-04-03", 0)]
    assert parse_dates("13/04/2019") == [("2019-04-13", None, 0)]


def test_ambiguous_date_takes_the_reading_the_markup_confirms():
    found = shown(f'{HEADLINE}<div class="byline">02/11/2023 02:00pm GMT</div>{BODY}')
    candidates = shown_candidates(found, confirmed={"2023-11-02"})
    assert candidates[0].value == "2023-11-02" and candidates[0].role == "shown"


def test_byline_date_near_the_headline_is_shown():
    found = shown(f'{HEADLINE}<div class="article-meta">By Ana Ruiz · 12.03.2019</div>{BODY}')
    assert [(d.value, d.zone, d.marked) for d in found] == [("2019-03-12", "article", True)]
    assert 0 <= found[0].distance < 200


def test_byline_date_wins_over_the_markup():
    head = '<meta property="article:published_time" content="2019-03-01T08:00:00+01:00">'
    a = article(f'{HEADLINE}<p class="byline">Veröffentlicht am 12.03.2019</p>{BODY}', head)
    assert a.published == "2019-03-12"
    assert any(e.kind == "published" and e.rule == "shown" for e in a.evidence)


def test_date_split_over_child_elements_of_a_marked_element():
    found = shown(f'{HEADLINE}<div class="post-date"><span>19.</span> <span>Oktober</span> <b>2019</b></div>{BODY}')
    assert [d.value for d in found] == ["2019-10-19"]


def test_header_clock_is_never_the_publication_date():
    body = (f'<header class="site-header"><nav><a href="/">Home</a></nav>'
            f'<div class="today">Montag, 20. Mai 2024</div><span>Lima 18°C</span></header>'
            f"<main>{HEADLINE}{BODY}</main>")
    value, candidates, evidence = chosen(body)
    assert [(d.value, d.role, d.trusted) for d in candidates] == [("2024-05-20", "header_clock", False)]
    assert value is None
    assert any(e.kind == "date_rejected" and e.rule == "header_clock" for e in evidence)


def test_related_articles_dates_are_not_this_articles():
    body = (f"<article>{HEADLINE}{BODY}</article>"
            '<div class="related-stories"><h3>More news</h3><ul>'
            '<li><a href="/a">Mayor opens the new market</a> <span class="date">01.02.2020</span></li>'
            '<li><a href="/b">River level falls again</a> <span class="date">28.01.2020</span></li></ul></div>')
    value, candidates, _ = chosen(body)
    assert {(d.value, d.role) for d in candidates} == {("2020-02-01", "related"), ("2020-01-28", "related")}
    assert value is None
    value, _, _ = chosen(body.replace(BODY, '<p class="byline">Posted on 30 January 2020</p>' + BODY))
    assert value == "2020-01-30"


def test_comment_dates_are_not_the_articles():
    body = (f"<article>{HEADLINE}{BODY}</article>"
            '<ol class="comment-list"><li><span class="comment-date">5. Juni 2021</span> Great news!</li></ol>')
    value, candidates, _ = chosen(body)
    assert [(d.value, d.role) for d in candidates] == [("2021-06-05", "comment")]
    assert value is None


def test_dates_in_the_article_prose_are_mentions():
    body = (f"{HEADLINE}<p>The first bridge was opened on 3 March 1987 by the mayor, and it was closed after the "
            f"storm of 12 January 2019 damaged its pillars beyond repair for good.</p>{BODY}")
    value, candidates, _ = chosen(body)
    assert {(d.value, d.role) for d in candidates} == {("1987-03-03", "mentioned"), ("2019-01-12", "mentioned")}
    assert value is None


def test_a_date_standing_alone_near_the_headline_is_shown():
    a = article(f"{HEADLINE}<p>03.02.2022</p>{BODY}")
    assert a.published == "2022-02-03"


def test_updated_date_at_the_byline_counts_when_nothing_else_is_shown():
    a = article(f'{HEADLINE}<div class="byline">Updated June 13, 2019</div>{BODY}')
    assert a.published == "2019-06-13"
    assert [d.role for d in a.dates if d.source.startswith("page text")] == ["shown_updated"]


def test_published_date_at_the_byline_comes_before_the_updated_one():
    a = article(f'{HEADLINE}<div class="byline">Posted on March 3, 2019</div>'
                f'<div class="byline">Last updated: March 9, 2019</div>{BODY}')
    assert a.published == "2019-03-03"


def test_closing_date_line_ranks_below_the_markup():
    head = '<meta property="article:published_time" content="2021-05-04T09:00:00+02:00">'
    body = f"{HEADLINE}{BODY * 6}<p>Erschienen am: 06.05.2021</p>"
    a = article(body, head)
    line = [d for d in a.dates if d.value == "2021-05-06"]
    assert line and line[0].role == "date_line"
    assert a.published == "2021-05-04"
    assert article(body).published == "2021-05-06"  # without the markup the line is the best evidence


def test_local_time_comes_before_utc():
    head = ('<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">'
            '<meta name="sailthru.date" content="2023-11-08T22:28:35-05:00">')
    assert article(f"{HEADLINE}{BODY}", head).published == "2023-11-08"


def test_time_element_in_a_comment_is_not_trusted_but_the_articles_is():
    html = page(f'<article><time datetime="2020-01-02" class="published">2 Jan 2020</time>{HEADLINE}{BODY}'
                '<aside><time datetime="2020-01-05">5 Jan</time></aside></article>')
    roles = {(c.value, c.role) for c in html_candidates(parse_tree(html))}
    assert roles == {("2020-01-02", "published"), ("2020-01-05", "related")}


def test_headline_element_is_found_by_the_title():
    tree = parse_tree(page('<h1 class="logo">Town Gazette</h1><h1>Council agrees to rebuild the footbridge now</h1>'))
    assert headline_element(tree, "Council agrees to rebuild the footbridge").text == (
        "Council agrees to rebuild the footbridge now")


def test_no_trusted_date_means_unknown_with_the_rejections():
    body = f'<header><span class="date">Sunday, 2 June 2024</span></header><main>{HEADLINE}{BODY}</main>'
    a = article(body)
    assert a.published is None  # the htmldate guess is that same day: the header clock, rejected too
    assert any(e.kind == "date_rejected" and e.rule == "header_clock" for e in a.evidence)


def test_choose_published_prefers_a_shown_date_the_markup_confirms():
    found = shown(f'{HEADLINE}<div class="date">21. Januar 2022</div><div class="date">25. Januar 2022</div>{BODY}')
    candidates = shown_candidates(found) + html_candidates(parse_tree(page(
        '<meta property="article:modified_time" content="2022-01-25T10:00:00+01:00">')))
    value, _ = choose_published(candidates, SEEN, "a1")
    assert value == "2022-01-25"


def test_a_guess_matters_only_when_nothing_outranks_it_or_shown_days_disagree():
    one_day = shown_candidates(shown(f'{HEADLINE}<div class="date">21. Januar 2022</div>{BODY}'))
    two_days = shown_candidates(shown(f'{HEADLINE}<div class="date">21. Januar 2022</div>'
                                      f'<div class="date">25. Januar 2022</div>{BODY}'))
    assert not guess_can_matter(one_day, SEEN)
    assert guess_can_matter(one_day, "2022-01-20T10:00:00Z")  # shown after the page was seen: rejected
    assert guess_can_matter(two_days, SEEN)  # a markup date, the guess too, picks one of them
    assert not guess_can_matter(url_candidates("https://example.org/2022/01/21/footbridge"), SEEN)
    assert guess_can_matter([], SEEN)


def test_dateline_opening_the_first_paragraph_is_shown():
    body = (f"{HEADLINE}<p>Karlsruhe, (12.11.2021). The town council met for four hours and agreed to rebuild "
            "the old footbridge over the river before the winter floods arrive, after years of repairs that never "
            "lasted. Residents had asked for a safer crossing since the last storm in the valley.</p>")
    value, candidates, _ = chosen(body)
    assert value == "2021-11-12" and candidates[0].role == "shown"
    prose = body.replace("Karlsruhe, (12.11.2021). The", "On Monday, 12.11.2021 the")
    assert chosen(prose)[0] is None


def test_text_after_an_html_comment_is_read():
    found = shown(f'{HEADLINE}<span class="info">By Ana Ruiz | <!-- <b>12:00</b> --> 30 septembre 2018</span>{BODY}')
    assert [d.value for d in found] == ["2018-09-30"]


def test_a_cued_date_ranks_before_a_nearer_marked_one():
    value, candidates, _ = chosen(f'<div class="entry-meta"><span class="posted-on">Veröffentlicht am 10. Februar 2019'
                                  f'</span> <span class="date">9. Februar 2019</span></div>{HEADLINE}{BODY}')
    assert value == "2019-02-10"


def test_header_below_the_headline_is_the_articles_own():
    body = (f'<header class="site-header"><span class="date">Thursday, November 9th 2023</span></header>{HEADLINE}'
            f'<header class="entry-header"><p class="byline">PUBLISHED: November 8, 2023 at 11:30 p.m.</p></header>'
            f"{BODY}")
    value, candidates, _ = chosen(body)
    assert {(d.value, d.role) for d in candidates} == {("2023-11-09", "header_clock"), ("2023-11-08", "shown")}
    assert value == "2023-11-08"


def test_info_box_aside_inside_the_article_is_its_own_but_other_asides_are_not():
    html = page(f'<article>{HEADLINE}<aside class="meta"><time datetime="2022-01-21">21.01.2022</time></aside>{BODY}'
                '</article><aside><time datetime="2022-01-26">26.01.2022</time></aside>')
    roles = {(c.value, c.role) for c in html_candidates(parse_tree(html))}
    assert roles == {("2022-01-21", "published"), ("2022-01-26", "related")}
