"""Reading articles: every format, every encoding, and bad records reported with their place."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from indexer.article import Article, Problem
from indexer.fields import FieldMap
from indexer.sources import Reader, decode, split_title

from .conftest import SEEDS


def read(*paths, fields=None):
    items = list(Reader(FieldMap.parse(fields)).read(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_first_seed_has_a_title_line_and_second_has_none():
    first, second = sorted(SEEDS.glob("*.txt"))
    (a,), _ = read(first)
    (b,), _ = read(second)
    assert a.title == "صواريخ تستهدف قاعدة عين الأسد بالعراق ولا إصابات"
    assert a.body.startswith("صدى نيوز")
    assert b.title == ""
    assert b.body.startswith("أفادت مصادر أمنية عراقية")


def test_a_first_line_with_final_punctuation_is_not_a_title():
    assert split_title("قال مسؤول إن الهجوم وقع.\nوأضاف أن") == ("", "قال مسؤول إن الهجوم وقع.\nوأضاف أن")


def test_plain_text_ids_are_stable_content_hashes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان الخبر\nنص الخبر هنا.", encoding="utf-8")
    (one,), _ = read(path)
    (two,), _ = read(path)
    assert one.id == two.id and one.id.startswith("sha1:")


def test_saudinewsnet_zip_layout_needs_no_options():
    articles, problems = read(SEEDS / "saudinewsnet-demo.zip")
    assert len(articles) > 2900
    a = articles[0]
    assert a.url.startswith("http") and a.id == a.url
    assert a.published is not None and a.source
    assert all("empty article" in p.reason for p in problems)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "utf-16"])
def test_arabic_text_decodes_in_every_common_encoding(tmp_path, encoding):
    text = "صواريخ تستهدف قاعدة عين الأسد\nقالت مصادر أميركية وعراقية إن عدة صواريخ أطلقت."
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    (a,), problems = read(path)
    assert not problems
    assert a.title == "صواريخ تستهدف قاعدة عين الأسد"


def test_undecodable_file_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Résumé: le café était fermé à Noël.".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("عنوان\nنص.", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert len(articles) == 1
    assert len(problems) == 1 and "bad.txt" in problems[0].origin and "UTF-8" in problems[0].reason


def test_json_object_array_and_jsonl(tmp_path):
    record = {"id": "x1", "title": "عنوان", "content": "نص", "date": "2015-07-21"}
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([record | {"id": "x2"}, record | {"id": "x3"}]), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text("\n".join(json.dumps(record | {"id": f"y{i}"}) for i in range(3)), encoding="utf-8")
    articles, problems = read(tmp_path)
    assert not problems
    assert sorted(a.id for a in articles) == ["x1", "x2", "x3", "y0", "y1", "y2"]
    assert all(a.published.isoformat() == "2015-07-21T00:00:00" for a in articles)


def test_malformed_json_line_is_reported_with_its_line_and_the_rest_indexes(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": "a", "body": "نص أول"}\n{"id": "b", "body": \n{"id": "c", "body": "نص ثالث"}\n', encoding="utf-8")
    articles, problems = read(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert problems[0].origin == f"{path}:2" and "malformed JSON" in problems[0].reason


def test_missing_body_field_names_the_keys_and_the_option(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": "a", "matn": "نص"}\n', encoding="utf-8")
    _, (problem,) = read(path)
    assert "matn" in problem.reason and "--field body=" in problem.reason
    (article,), problems = read(path, fields=["body=matn"])
    assert article.body == "نص" and not problems


def test_bad_date_is_reported_with_the_field(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": "a", "body": "نص", "published": "yesterday"}\n', encoding="utf-8")
    _, (problem,) = read(path)
    assert "published" in problem.reason and "ISO" in problem.reason


def test_csv_with_header(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("url,title,content,date_extracted,source\nhttp://a,عنوان,نص الخبر,2015-08-01 10:00:00,okaz\n", encoding="utf-8")
    (a,), _ = read(path)
    assert (a.id, a.title, a.body, a.source) == ("http://a", "عنوان", "نص الخبر", "okaz")
    assert a.published.hour == 10


def test_zip_of_mixed_files(tmp_path):
    archive = tmp_path / "crawl.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "عنوان\nنص.")
        zf.writestr("b.jsonl", '{"id": "b", "body": "نص"}\n')
        zf.writestr("notes.md", "ignored")
    articles, problems = read(archive)
    assert len(articles) == 2 and not problems


def test_stdin_jsonl(monkeypatch):
    data = '{"id": "a", "body": "نص"}\n{"id": "b", "body": "نص آخر"}\n'.encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, _ = read("-")
    assert [a.id for a in articles] == ["a", "b"]


def test_missing_path_is_a_problem_not_a_crash(tmp_path):
    _, (problem,) = read(tmp_path / "nope")
    assert "no such file" in problem.reason


def test_unknown_field_mapping_is_refused_with_the_valid_names():
    with pytest.raises(ValueError, match="fields are: id, url, title, body"):
        FieldMap.parse(["content=story"])


def test_binary_file_is_undecodable(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    _, (problem,) = read(tmp_path / "image.txt")
    assert "binary data" in problem.reason


def test_decode_prefers_utf8():
    assert decode("نص".encode()) == "نص"
