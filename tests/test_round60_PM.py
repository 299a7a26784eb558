"""Round 60, lane PM: glossaries kept in a Perl source's data section (parsing/perl_data.py):
KEY<TAB>TEXT lines (or aligned columns) after ``__DATA__`` / ``__END__``, repeated keys
padded with white space as one term, "see X" / "alias for X" / "same as X" as see-also.

The real excerpt is from O-Saft's ``OSaft/Doc/Glossary.pm`` (OWASP/O-Saft, GPLv2): the
module's code and POD, then its ``__DATA__`` (some of its 500 lines, in the file's order);
the whole file is eval/corpora/tls-glossary/tls-glossary.pm.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.corpus_files import glossary_files
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.dialects import parse_document
from rag_glossary.parsing.sniff import sniff_dialect

GLOSSARY_PM = (
    "#!/usr/bin/perl\n"
    "## PACKAGE {\n"
    "\n"
    "#!# Copyright (c) Achim Hoffmann, sic[!]sec GmbH\n"
    "#!# This  software is licensed under GPLv2. Please see o-saft.pl for details.\n"
    "\n"
    "## no critic qw(Documentation::RequirePodSections)\n"
    "#  our POD below is fine, perlcritic (severity 2) is too pedantic here.\n"
    "\n"
    "package OSaft::Doc::Glossary;\n"
    "\n"
    "use strict;\n"
    "use warnings;\n"
    "\n"
    'my  $VERSION    = "17.10.17";  # official verion number of tis file\n'
    'my  $SID        = "@(#) Glossary.pm 1.6 18/01/13 21:56:44";\n'
    "\n"
    'print STDERR "**WARNING: OSaft::Doc::Glossary obsolete since O-Saft version 18.01.18";\n'
    "\n"
    "#_____________________________________________________________________________\n"
    "#_____________________________________________________ public documentation __|\n"
    "\n"
    "=pod\n"
    "\n"
    "=encoding utf8\n"
    "\n"
    "=head1 NAME\n"
    "\n"
    "OSaft::Doc::Glossary - common perl module to define O-Saft glossary texts\n"
    "\n"
    "=head1 SYNOPSIS\n"
    "\n"
    "    use OSaft::Doc::Glossary;\n"
    "\n"
    "=head1 METHODS\n"
    "\n"
    "=head2 get()\n"
    "\n"
    "Return all data.\n"
    "\n"
    "=cut\n"
    "\n"
    "#_____________________________________________________________________________\n"
    "#__________________________________________________________________ methods __|\n"
    "\n"
    "sub get           { return <DATA>; }\n"
    "sub print_as_text { print  <DATA>; return; }\n"
    "sub o_saft_glossary_done() {};  # dummy to check successful include\n"
    "\n"
    "## PACKAGE }\n"
    "\n"
    "#_____________________________________________________________________________\n"
    "#_____________________________________________________________________ self __|\n"
    "\n"
    "print_as_text() if (! defined caller);\n"
    "1;\n"
    "\n"
    "# All documentation following  __DATA__  is in plain ASCII format.\n"
    "# It's designed for human radability and simple editing.\n"
    "# Syntax is:\n"
    "#       each line consist of a KEY and a TEXT\n"
    "#       KEY and a TEXT are separated by TAB (aka \\09 aka 0x09)\n"
    "# To support duplicate keys, for example because they have different TEXTs,\n"
    "# some keys may hav added whitespaces on right.\n"
    "# Keys which contain spaces at right siteto make key unique:  CBC, CSP, EME\n"
    "\n"
    "__DATA__\n"
    "\n"
    "AA\tAttribute Authority\n"
    "AEM\tAuthenticated Encryption Mode aka Advanced Encryption Mode aka OCB3\n"
    "AES-XTS\t?\n"
    "ARC4\tAlleged RC4 (see RC4)\n"
    "ARCFOUR\talias for ARC4\n"
    "BLAKE\thash function (Jean-Philippe Aumasson, Luca Henzen, Willi Meier, Raphael C.-W. Phan,"
    " 2008)\n"
    "BLAKE-224\tsee BLAKE (224 bit)\n"
    "CA\tCertificate Authority (aka root CA)\n"
    "CBC\tCyclic Block Chaining\n"
    "CBC \tCipher Block Chaining (sometimes)\n"
    "CBC  \tCiplier Block Chaining (sometimes)\n"
    "CBC-MAC\tCipher Block Chaining - Message Authentication Code\n"
    "CBC-MAC-ELB\tCipher Block Chaining - Message Authentication Code - Encrypt Last Block\n"
    "CSP\tCertificate Service Provider\n"
    "CSP \tCryptographic Service Provider\n"
    "CSP  \tCritical Security Parameter (used in FIPS 140-2)\n"
    "CSP:\tContent Security Policy (used as HTTP header)\n"
    "Curve448\tsignature algorithm, aka Goldilocks (224 bit)\n"
    "#       'ECRYPT\t ?? \n"
    "Goldilocks\tsee Curve448\n"
    "RC4\tRivest Cipher 4, stream cipher (aka Ron's Code)\n"
)


def _entries(text: str, name: str = "Glossary.pm") -> dict[str, object]:
    dialect, _, entries = parse_document(text, "glossary", file=name)
    assert dialect == "perl-data"
    return {e.title: e for e in entries}


def test_real_module_reads_its_data_section_only(tmp_path: Path) -> None:
    (tmp_path / "Glossary.pm").write_text(GLOSSARY_PM, encoding="utf-8")
    assert [p.name for p in glossary_files(tmp_path)] == ["Glossary.pm"]
    assert sniff_dialect(GLOSSARY_PM, "Glossary.pm") == "perl-data"
    corpus = load_corpus(tmp_path)
    titles = [e.title for e in corpus.entries]
    # the code, the POD (NAME, SYNOPSIS, get()) and the '#' lines give no entry
    assert titles == [
        "AA", "AEM", "AES-XTS", "ARC4", "ARCFOUR", "BLAKE", "BLAKE-224", "CA", "CBC",
        "CBC-MAC", "CBC-MAC-ELB", "CSP", "Curve448", "Goldilocks", "RC4",
    ]  # fmt: skip
    by = {e.title: e for e in corpus.entries}
    assert by["AA"].id == "Glossary#aa" and by["AA"].body == "Attribute Authority"
    assert by["AA"].aliases == ("Attribute Authority",)
    assert by["AA"].line == 69  # as in the whole file
    assert by["AES-XTS"].body == ""  # "?": no definition


def test_keys_padded_with_white_space_are_one_term() -> None:
    by = _entries(GLOSSARY_PM)
    cbc = by["CBC"]
    assert cbc.id == "glossary#cbc"  # no cbc-1, cbc-2
    assert cbc.body.split("\n") == [
        "Cyclic Block Chaining",
        "Cipher Block Chaining (sometimes)",
        "Ciplier Block Chaining (sometimes)",
    ]
    assert {"Cyclic Block Chaining", "Cipher Block Chaining"} <= set(cbc.aliases)
    csp = by["CSP"]  # "CSP:" too
    assert csp.body.split("\n")[-1] == "Content Security Policy (used as HTTP header)"
    assert "Content Security Policy" in csp.aliases


def test_pointers_are_see_also_and_aka_names_aliases() -> None:
    by = _entries(GLOSSARY_PM)
    assert by["ARCFOUR"].see_also == ("ARC4",)
    assert "ARCFOUR" in by["ARC4"].aliases  # "alias for ARC4": another name of it
    assert by["BLAKE-224"].see_also == ("BLAKE",)  # "see BLAKE (224 bit)"
    assert "BLAKE-224" not in by["BLAKE"].aliases  # "see" is no other name
    assert by["AEM"].see_also == ()  # OCB3 is no key of the excerpt: a name
    assert "OCB3" in by["AEM"].aliases and "Advanced Encryption Mode" in by["AEM"].aliases
    assert "Ron's Code" in by["RC4"].aliases
    assert "root CA" in by["CA"].aliases
    assert by["Curve448"].see_also == ("Goldilocks",)  # aka a key: see-also, no alias here


PREAMBLE = "#!/usr/bin/perl\nuse strict;\nprint <DATA>;\n"


def test_aligned_columns_and_continuation_lines() -> None:
    text = PREAMBLE + (
        "__END__\n"
        "# term        meaning\n"
        "HTTP          Hypertext Transfer Protocol\n"
        "HTTPS         HTTP over TLS, same as HTTP Secure\n"
        "load balancer a device that spreads requests\n"
        "proxy server  a server that forwards requests\n"
        "              on behalf of a client\n"
        "DNS           Domain Name System\n"
        "CDN           Content Delivery Network (see proxy server)\n"
    )
    by = _entries(text, "terms.pl")
    assert list(by) == ["HTTP", "HTTPS", "proxy server", "DNS", "CDN"]  # one space: no key
    assert by["proxy server"].body == "a server that forwards requests on behalf of a client"
    assert by["CDN"].see_also == ("proxy server",)
    assert by["HTTPS"].body == "HTTP over TLS, same as HTTP Secure"  # the stray line: skipped
    assert by["HTTPS"].see_also == ("HTTP",)


def test_one_space_after_acronym_keys_and_crlf() -> None:
    rows = ["AES Advanced Encryption Standard", "DES Data Encryption Standard",
            "RSA Rivest Shamir Adleman", "TLS Transport Layer Security",
            "SSL Secure Sockets Layer", "MAC Message Authentication Code"]  # fmt: skip
    text = PREAMBLE + "__DATA__\r\n" + "\r\n".join(rows) + "\r\n"
    by = _entries(text, "acronyms.pm")
    assert by["TLS"].body == "Transport Layer Security"
    assert by["TLS"].aliases == ("Transport Layer Security",)


def test_data_sections_that_are_no_glossary(tmp_path: Path) -> None:
    pod_after_end = PREAMBLE + "__END__\n\n=head1 NAME\n\nFoo - bar\n\n=head1 SYNOPSIS\n\n"
    pod_after_end += "\n".join(f"  foo\t{i}" for i in range(9)) + "\n\n=cut\n"
    template = (
        PREAMBLE
        + "__DATA__\n"
        + "\n".join(f'<tr><td class="x">{i}</td><td>value {i}</td></tr>' for i in range(9))
    )
    table = PREAMBLE + "__DATA__\n" + "\n".join(f"id{i}\tname {i}\t{i * 3}\tok" for i in range(9))
    prose = PREAMBLE + "__END__\nThis script prints its data. It was written in 1999\n" * 9
    for name, text in (("a.pm", pod_after_end), ("b.pl", template), ("c.pm", table),
                       ("d.pl", prose)):  # fmt: skip
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert sniff_dialect(text, name) != "perl-data"
    assert glossary_files(tmp_path) == []


def test_pod_glossary_part_wins_over_data() -> None:
    text = (
        "package X;\n1;\n__END__\n\n=head1 GLOSSARY\n\n=over\n\n=item Foo\n\nA foo.\n\n"
        "=back\n\n=cut\n" + "\n".join(f"K{i}\tkey number {i}" for i in range(9)) + "\n"
    )
    assert sniff_dialect(text, "X.pm") == "pod"
