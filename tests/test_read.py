"""Stage 1, read: files and bytes in every supported encoding, and the errors bad input gives."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

import speechparse
from speechparse import (
    DecodingError,
    EmptyInputError,
    InputNotFoundError,
    InputUnreadableError,
    ParseError,
)

#: a small speech with every level of structure; every character is in GB2312,
#: so the same text can be written in each encoding speechparse reads
SPEECH = (
    "关于做好当前工作的讲话\n"
    "同志们：\n"
    "一、总体要求\n"
    "（一）提高思想认识。一是要加强学习，二是要狠抓落实。\n"
    "1.明确工作任务。全X各级要做好工作，X同志要亲自抓。\n"
    "（二）强化组织领导。首先，要压实责任；其次，要加强督导。\n"
    "二、主要任务\n"
    "第一，要抓好党建工作。第二，要促进经济发展①。\n"
    "谢谢大家！\n"
)

#: (id, how the bytes are made, the encoding doc.source reports)
ENCODINGS = [
    ("utf-8", lambda text: text.encode("utf-8"), "utf-8"),
    ("utf-8-bom", lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8"),
    ("utf-16-le-bom", lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be-bom", lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16-be"),
    ("utf-32-le-bom", lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), "utf-32-le"),
    ("utf-32-be-bom", lambda text: codecs.BOM_UTF32_BE + text.encode("utf-32-be"), "utf-32-be"),
    ("gb18030", lambda text: text.encode("gb18030"), "gb18030"),
    ("gbk", lambda text: text.encode("gbk"), "gb18030"),
    ("gb2312", lambda text: text.encode("gb2312"), "gb18030"),
    ("utf-8-crlf", lambda text: text.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ("gbk-crlf", lambda text: text.replace("\n", "\r\n").encode("gbk"), "gb18030"),
]
ENCODING_IDS = [name for name, _, _ in ENCODINGS]

#: a PNG signature followed by zeros: binary, not text
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _body(document: speechparse.Document) -> list[object]:
    """The tree as JSON, without raw-input spans: CRLF files have other raw offsets by design."""

    def drop_raw(node: object) -> object:
        if isinstance(node, dict):
            return {key: drop_raw(value) for key, value in node.items() if key != "raw_span"}
        if isinstance(node, list):
            return [drop_raw(item) for item in node]
        return node

    body: list[object] = json.loads(document.to_json())["body"]
    return [drop_raw(node) for node in body]


@pytest.fixture(scope="module")
def reference() -> speechparse.Document:
    return speechparse.parse_text(SPEECH)


def test_reference_speech_has_structure_to_compare(reference: speechparse.Document) -> None:
    # guards the encoding tests below: comparing two empty trees would prove nothing
    assert reference.text == SPEECH
    assert len(list(reference.sections())) >= 4
    assert len(list(reference.points())) >= 2


@pytest.mark.parametrize(("name", "encode", "encoding"), ENCODINGS, ids=ENCODING_IDS)
def test_file_in_each_encoding_gives_same_text_and_tree_and_reports_encoding(
    tmp_path: Path, reference: speechparse.Document, name: str, encode, encoding: str
) -> None:
    path = tmp_path / f"speech-{name}.txt"
    path.write_bytes(encode(SPEECH))

    document = speechparse.parse(path)

    assert document.text == reference.text
    assert _body(document) == _body(reference)
    assert document.title == reference.title
    assert document.placeholders == reference.placeholders
    assert document.source.encoding == encoding
    assert document.source.path == str(path)
    assert document.source.format == "txt"


@pytest.mark.parametrize(("name", "encode", "encoding"), ENCODINGS, ids=ENCODING_IDS)
def test_bytes_in_each_encoding_give_same_text_and_tree_and_report_encoding(
    reference: speechparse.Document, name: str, encode, encoding: str
) -> None:
    document = speechparse.parse(encode(SPEECH))

    assert document.text == reference.text
    assert _body(document) == _body(reference)
    assert document.source.encoding == encoding
    assert document.source.path is None


def test_gbk_bytes_are_not_utf8_so_the_gb18030_fallback_is_what_reads_them() -> None:
    # precondition of the gbk/gb2312 cases: they must exercise the fallback
    with pytest.raises(UnicodeDecodeError):
        SPEECH.encode("gbk").decode("utf-8")
    document = speechparse.parse(SPEECH.encode("gbk"))
    assert document.source.encoding == "gb18030"
    assert "讲话" in document.text


def test_gb18030_file_is_decoded_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(SPEECH.encode("gb18030"))
    document = speechparse.parse(path)
    assert document.source.encoding == "gb18030"
    assert document.text == SPEECH


def test_gb18030_only_characters_outside_gbk_are_read() -> None:
    # U+20000 (𠀀) and € need GB18030's four-byte sequences; they are not in GBK
    text = "一、关于𠀀字的说明\n价格为100€。\n"
    document = speechparse.parse(text.encode("gb18030"))
    assert document.source.encoding == "gb18030"
    assert document.text == text


def test_str_path_and_pathlike_give_equal_documents(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(SPEECH.encode("utf-8"))
    assert speechparse.parse(str(path)) == speechparse.parse(path)


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview], ids=["bytes", "bytearray", "memoryview"])
def test_bytes_like_input_is_parsed_like_text(reference: speechparse.Document, wrap) -> None:
    document = speechparse.parse(wrap(SPEECH.encode("utf-8")))
    assert document.text == reference.text
    assert _body(document) == _body(reference)
    assert document.source.path is None
    assert document.source.encoding == "utf-8"


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \r\n", "\u3000\u3000", "\u3000\n\u00a0"])
@pytest.mark.parametrize("markdown", [False, True])
def test_parse_text_of_empty_or_blank_text_raises_empty_input_as_parse_of_its_bytes_does(
        text: str, markdown: bool) -> None:
    with pytest.raises(speechparse.EmptyInputError):
        speechparse.parse_text(text, markdown=markdown)
    with pytest.raises(speechparse.EmptyInputError):
        speechparse.parse(text.encode("utf-8"))
    with pytest.raises(speechparse.EmptyInputError):
        speechparse.parse(codecs.BOM_UTF8 + text.encode("utf-8"))  # a byte-order mark is no text either


# ---------------------------------------------------------------- errors


def test_missing_file_raises_input_not_found_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "no-such-speech.txt"
    with pytest.raises(InputNotFoundError) as caught:
        speechparse.parse(path)
    assert isinstance(caught.value, ParseError)
    assert str(path) in str(caught.value)


def test_missing_file_error_is_caught_by_except_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError):
        speechparse.parse(str(tmp_path / "missing" / "speech.txt"))


def test_a_folder_raises_a_typed_error_that_names_batch_and_parse_many(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(speechparse.InputIsFolderError) as caught:
        speechparse.parse(folder)
    assert isinstance(caught.value, InputUnreadableError)  # what it was before it had a name of its own
    assert str(folder) in str(caught.value)
    assert f"speechparse batch {folder}" in str(caught.value) and "parse_many" in str(caught.value)


@pytest.mark.parametrize("text", [
    pytest.param("一、总体要求\n（一）指导思想。坚持稳中求进工作总基调。\n", id="two-lines"),
    pytest.param("一、总体要求\r（一）指导思想。", id="a-carriage-return"),
    pytest.param("各乡镇人民政府：" + "为切实做好春耕生产工作，现就有关事项通知如下。" * 20, id="one-long-line"),
])
def test_text_passed_to_parse_as_a_string_is_refused_with_a_pointer_to_parse_text(text: str) -> None:
    with pytest.raises(speechparse.TextGivenAsPathError) as caught:
        speechparse.parse(text)
    message = str(caught.value)
    assert "parse_text" in message and "speechparse parse -" in message
    assert len(message) < 300 and text not in message  # quoted, not echoed: the text can be megabytes
    assert "\n" not in message and "\r" not in message


def test_a_file_whose_name_has_a_line_break_is_still_read_when_it_is_there(tmp_path: Path) -> None:
    path = tmp_path / "两行\n名字.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert speechparse.parse(str(path)).title == "关于做好当前工作的讲话"


def test_a_short_single_line_that_names_no_file_is_a_missing_file() -> None:
    with pytest.raises(InputNotFoundError):
        speechparse.parse("一、总体要求")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files without permission")
def test_file_without_read_permission_raises_input_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(SPEECH.encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(InputUnreadableError) as caught:
            speechparse.parse(path)
    finally:
        path.chmod(0o600)
    assert str(path) in str(caught.value)


BINARY = [
    pytest.param(PNG_BYTES, id="png-header-and-zeros"),
    pytest.param(b"\x00" * 32, id="only-nul-bytes"),
    pytest.param("一、总体要求\n".encode() + b"\x00\x01\x02\x03" * 8, id="utf8-text-then-nul-and-controls"),
    pytest.param(codecs.BOM_UTF16_LE + b"\x00\x00" * 16, id="utf-16-bom-then-nul-characters"),
]


@pytest.mark.parametrize("data", BINARY)
def test_binary_file_with_nul_bytes_raises_decoding_error_naming_the_path(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(data)
    with pytest.raises(DecodingError) as caught:
        speechparse.parse(path)
    assert isinstance(caught.value, ParseError)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("data", BINARY)
def test_binary_bytes_raise_decoding_error(data: bytes) -> None:
    with pytest.raises(DecodingError):
        speechparse.parse(data)


INVALID = [
    pytest.param(b"\xff\xfd\x80\x80", id="ff-fd-80-80"),
    pytest.param(b"\x80\x80\x80\x80", id="lone-80-bytes"),
    pytest.param("一、总体要求".encode() + b"\xffa" * 8 + "要加强学习。".encode(), id="utf8-text-with-many-ff-bytes"),
    pytest.param("一、总体要求".encode("gbk") + b"\xff\xff", id="gbk-text-with-ff-bytes"),
]


@pytest.mark.parametrize("data", INVALID)
def test_bytes_invalid_in_utf8_and_gb18030_raise_decoding_error(tmp_path: Path, data: bytes) -> None:
    # precondition: neither fallback decodes these bytes, and there is no BOM
    for encoding in ("utf-8", "gb18030"):
        with pytest.raises(UnicodeDecodeError):
            data.decode(encoding)
    assert not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))

    with pytest.raises(DecodingError):
        speechparse.parse(data)
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    with pytest.raises(DecodingError) as caught:
        speechparse.parse(path)
    assert str(path) in str(caught.value)


def test_decoding_error_message_says_to_convert_to_utf8(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"\xff\xfd\x80\x80")
    with pytest.raises(DecodingError) as caught:
        speechparse.parse(path)
    message = str(caught.value)
    assert str(path) in message
    assert "UTF-8" in message


def test_empty_file_raises_empty_input_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError) as caught:
        speechparse.parse(path)
    assert isinstance(caught.value, ParseError)
    assert str(path) in str(caught.value)


def test_empty_bytes_raise_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        speechparse.parse(b"")


WHITESPACE_ONLY = [
    pytest.param(b"   \n\t\n", id="ascii-spaces-tabs-newlines"),
    pytest.param(b"\r\n\r\n  \r\n", id="crlf-and-spaces"),
    pytest.param(codecs.BOM_UTF8, id="utf-8-bom-only"),
    pytest.param(codecs.BOM_UTF8 + b"  \n", id="utf-8-bom-and-spaces"),
    pytest.param(codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), id="utf-16-le-bom-and-spaces"),
    pytest.param("\u3000\u3000\n".encode(), id="ideographic-spaces-utf-8"),
    pytest.param("\u3000\u3000\n".encode("gb18030"), id="ideographic-spaces-gb18030"),
]


@pytest.mark.parametrize("data", WHITESPACE_ONLY)
def test_whitespace_only_file_raises_empty_input(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyInputError) as caught:
        speechparse.parse(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("data", WHITESPACE_ONLY)
def test_whitespace_only_bytes_raise_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        speechparse.parse(data)


# ---------------------------------------------------------------- paths that are not regular files


#: parses argv[1] in a child whose address space is capped, so an unbounded read fails fast
_PARSE_CAPPED = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
import speechparse
try:
    speechparse.parse(sys.argv[1], max_bytes=1 << 20)
except speechparse.ParseError as exc:
    print(type(exc).__name__, str(exc), sep="\n")
"""


def _parse_in_child(path: str) -> list[str]:
    import subprocess
    import sys

    # a generous deadline: a read that blocks forever is what this guards against
    result = subprocess.run([sys.executable, "-c", _PARSE_CAPPED, path], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_as_not_a_regular_file_without_reading_it() -> None:
    error, message = _parse_in_child("/dev/zero")
    assert error == "InputUnreadableError"
    assert "/dev/zero" in message and "regular file" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_without_a_writer_is_refused_rather_than_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "speech.txt"
    os.mkfifo(fifo)
    error, message = _parse_in_child(str(fifo))
    assert error == "InputUnreadableError"
    assert str(fifo) in message and "regular file" in message


def test_a_nul_character_in_a_path_is_a_typed_error_naming_it() -> None:
    with pytest.raises(InputUnreadableError, match="NUL") as caught:
        speechparse.parse("a\x00b")
    assert isinstance(caught.value, ParseError)
    assert "\x00" not in str(caught.value)  # shown escaped, so one line on a terminal stays one line


def test_a_file_over_max_bytes_is_refused_after_reading_at_most_one_byte_more(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SPEECH.encode("utf-8") * 50)
    asked: list[int] = []
    real_read = os.read

    def counting_read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(speechparse.InputTooLargeError):
        speechparse.parse(path, max_bytes=100)
    assert sum(asked) <= 101


# ---------------------------------------------------------------- a few broken bytes in a text file


def _broken_bytes_warnings(document: speechparse.Document) -> list[speechparse.StructureWarning]:
    return [warning for warning in document.warnings if warning.code == "broken_bytes"]


def test_one_stray_nul_byte_is_replaced_and_named_instead_of_refusing_the_file() -> None:
    data = SPEECH.encode("utf-8")
    at = data.index("要加强学习".encode())
    document = speechparse.parse(data[:at] + b"\x00" + data[at:])
    assert document.source.encoding == "utf-8"
    assert document.text.replace("\ufffd", "") == SPEECH
    [warning] = _broken_bytes_warnings(document)
    assert warning.span is not None and document.text[warning.span[0]:warning.span[1]] == "\ufffd"
    assert f"{at:,}" in warning.message and "line 4" in warning.message
    assert len(list(document.sections())) >= 4  # the rest of the file is read as it was


def test_a_utf8_file_cut_in_the_middle_of_a_character_is_read_up_to_the_cut(tmp_path: Path) -> None:
    data = (SPEECH + "最后一句").encode("utf-8")[:-1]  # the last character loses its last byte
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    document = speechparse.parse(path)
    assert document.text.startswith(SPEECH) and document.text.endswith("最后一\ufffd")
    [warning] = _broken_bytes_warnings(document)
    assert "utf-8" in warning.message and f"{len(data) - 2:,}" in warning.message


def test_a_stray_byte_inside_utf8_text_is_replaced_where_it_stands() -> None:
    data = SPEECH.encode() + "一、总体要求".encode() + b"\xff\xff" + "要加强学习。".encode()
    document = speechparse.parse(data)
    assert document.text == SPEECH + "一、总体要求\ufffd\ufffd要加强学习。"
    [warning] = _broken_bytes_warnings(document)  # two broken bytes side by side are one place
    assert warning.span is not None and document.text[warning.span[0]:warning.span[1]] == "\ufffd\ufffd"


def test_a_stray_byte_inside_gb18030_text_is_replaced_too() -> None:
    data = SPEECH.encode("gb18030")
    at = data.index("要加强学习".encode("gb18030"))
    document = speechparse.parse(data[:at] + b"\xff" + data[at:])
    assert document.source.encoding == "gb18030"
    assert document.text.replace("\ufffd", "") == SPEECH
    assert len(_broken_bytes_warnings(document)) == 1


def test_many_broken_places_are_still_refused_as_not_text() -> None:
    damaged = bytearray(SPEECH.encode("utf-8") * 3)
    for position in range(5, len(damaged), 40):
        damaged[position] = 0xFF
    with pytest.raises(DecodingError):
        speechparse.parse(bytes(damaged))


def test_a_text_file_s_html_character_references_are_read_as_the_characters_they_name() -> None:
    data = ("梧桐县春耕工作方案\n一、目标\n推进&ldquo;稳粮&rdquo;行动（2026&mdash;2028年），"
            "R&amp;D投入增长&#8220;两成&#x201D;。\n").encode()
    document = speechparse.parse(data)
    assert "推进“稳粮”行动（2026—2028年），R&D投入增长“两成”。" in document.text
    [warning] = [warning for warning in document.warnings if warning.code == "character_references"]
    assert warning.message.startswith("6 HTML character references")


@pytest.mark.parametrize("separator", ["\v", "\u2028", "\u2029", "\x85", "\r"])
def test_a_copy_s_other_line_separators_end_lines_one_character_for_one(separator: str) -> None:
    raw = separator.join(["梧桐县春耕工作方案", "一、目标", "全县粮食播种面积稳定在三十万亩。", "二、措施",
                          "抓好良种供应和农机调度。"]) + "\n"
    document = speechparse.parse_text(raw)
    assert [section.heading for section in document.body if isinstance(section, speechparse.Section)] == \
        ["目标", "措施"]
    [warning] = [warning for warning in document.warnings if warning.code == "line_separators"]
    assert warning.message.startswith("4 line separators") and warning.span == (9, 10)
    for removal in document.removed:  # offsets index the input as given
        assert raw[removal.span[0]:removal.span[1]].replace(separator, "\n") == removal.text


def test_crs_before_a_line_feed_are_one_line_end_and_no_warning() -> None:
    document = speechparse.parse_text("梧桐县春耕工作方案\r\r\n一、目标\r\n抓好良种供应。\r\r\n")
    assert "\r" not in document.text and "\n\n" not in document.text
    assert not any(warning.code == "line_separators" for warning in document.warnings)


def test_a_long_run_of_lone_carriage_returns_is_read_in_linear_time() -> None:
    raw = "梧桐县春耕工作方案\n" + "\r" * 200_000 + "一、目标\n抓好良种供应。\n"
    document = speechparse.parse_text(raw)  # (a quadratic scan of the run would not finish here)
    assert document.text.rstrip().endswith("一、目标\n抓好良种供应。")


def test_a_reference_that_names_no_character_or_a_line_break_is_not_decoded() -> None:
    document = speechparse.parse("梧桐县春耕工作方案\n一、目标\n推进&wutong;行动&#10;落实。\n".encode())
    assert "&wutong;" in document.text and "\n落实" not in document.text
    assert not any(warning.code == "character_references" for warning in document.warnings)


def test_a_broken_byte_after_decoded_references_is_named_where_it_stands_in_the_text() -> None:
    data = (SPEECH + "推进&ldquo;稳粮&rdquo;行动").encode() + b"\xff" + "要加强学习。\n".encode()
    document = speechparse.parse(data)
    [warning] = _broken_bytes_warnings(document)
    assert warning.span is not None and document.text[warning.span[0]:warning.span[1]] == "\ufffd"
