"""Readers: every input becomes a page or a named rejection; encodings; containers."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from cronica.ingest import iter_pages, page_from_bytes, sniff_kind
from cronica.ingest.decode import decode_bytes
from cronica.records import Drop, Page, Rejection

SPANISH = "El ministro de Economía anunció que la inflación bajó en año y señaló que habrá más inversión pública."


def _one(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(iter_pages([str(path)]))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_declared_and_sniffed_encodings(encoding):
    html = f"<html><head><meta charset='{encoding}'><title>x</title></head><body><p>{SPANISH}</p></body></html>"
    page = page_from_bytes(html.encode(encoding), "x.html")
    assert SPANISH in page.text
    undeclared = html.replace(f"<meta charset='{encoding}'>", "").encode(encoding)
    assert SPANISH in page_from_bytes(undeclared, "y.html").text


def test_mixed_encoding_keeps_both_parts():
    raw = ("Año nuevo: " + SPANISH).encode("utf-8") + " — señal".encode("cp1252") + " niño".encode("utf-8")
    text, _ = decode_bytes(raw, "utf-8")
    assert "Año nuevo" in text and "señal" in text and "niño" in text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.html", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "empty"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, "binary"),
    ("archive.gz", gzip.compress(b"not a warc at all" * 100), "binary"),
])
def test_bad_inputs_are_named(tmp_path, name, data, reason):
    item = _one(tmp_path, name, data)
    assert isinstance(item, Rejection) and item.reason == reason


def test_too_large_is_rejected_without_reading(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    item = list(iter_pages([str(path)]))[0]
    assert isinstance(item, Rejection) and item.reason == "too large"


def test_broken_markup_still_a_page(tmp_path):
    item = _one(tmp_path, "broken.html", f"<html><body><div><p>{SPANISH}<p><b>sin cerrar <i>".encode())
    assert isinstance(item, Page) and item.kind == "html"


def test_kinds_are_sniffed_without_extension():
    assert sniff_kind(b"<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff_kind(b"# Titular\n\n![Image not found](x.jpg)\n\nTexto.") == "markdown"
    assert sniff_kind(b'{"url": "a"}\n{"url": "b"}\n') == "jsonl"
    assert sniff_kind(SPANISH.encode()) == "text"


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"url": "https://a.example/1", "title": "Uno", "text": SPANISH, "date": "2025-01-02",
                    "outlet": "A", "lang": "es"}),
        "{not json",
        json.dumps({"url": "https://a.example/2", "html": f"<p>{SPANISH}</p>", "date": "2025-01-03T10:00:00Z",
                    "date_role": "crawl"}),
        json.dumps({"url": "https://a.example/3"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_pages([str(path)]))
    pages = [i for i in items if isinstance(i, Page)]
    rejected = {i.source: i.reason for i in items if isinstance(i, Rejection)}
    assert [p.source for p in pages] == ["https://a.example/1", "https://a.example/2"]
    assert pages[0].title_hint == "Uno" and pages[0].date_hint_role == "published"
    assert pages[1].kind == "html" and pages[1].seen_at.startswith("2025-01-03")
    assert rejected == {f"{path}#2": "bad record", f"{path}#4": "empty"}


def test_warc_response_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, (ctype, body) in enumerate([("text/html; charset=windows-1252", f"<p>{SPANISH}</p>".encode("cp1252")),
                                           ("image/png", b"\x89PNG....")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(f"https://b.example/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=headers)
            writer.write_record(rec)
    items = list(iter_pages([str(path)]))
    assert isinstance(items[0], Page) and SPANISH in items[0].text and items[0].url == "https://b.example/0"
    assert isinstance(items[1], Rejection) and items[1].reason == "not a page"


def test_missing_path_is_reported():
    item = list(iter_pages(["no/such/file.html"]))[0]
    assert isinstance(item, Rejection) and item.reason == "not found"


def test_drop_carries_reason():
    with pytest.raises(Drop) as err:
        page_from_bytes(b"\x00\x01\x02" * 100, "bin.dat")
    assert err.value.reason == "binary"
