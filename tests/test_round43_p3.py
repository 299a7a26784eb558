"""Round 43 lane P3: glossaries held as data literals in Lua and Ruby scripts.

The fixtures are real files (tests/fixtures/formats/SOURCES.md, "Round 43, lane P3"): a
game's Lua module of table constructors, a Pandoc filter's ``["key"] = "..."`` table, a
game's name map (no glossary), a Rails seed file of ``Term.create(...)`` calls and a class
exercise's ``vocab["x"] = "..."`` lines. The other shapes are written out after them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file, parse_text
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff_formats import sniff_format

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def tavern() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "tavern-glossary.lua")}


def _entries(text: str, file: str) -> list[Entry]:
    return parse_text(text, "x", file=file)


@pytest.mark.parametrize(
    ("suffix", "dialect"), [(".lua", "lua"), (".rb", "ruby"), (".ex", "elixir"), (".exs", "elixir")]
)
def test_lua_and_ruby_files_are_read(suffix: str, dialect: str) -> None:
    assert suffix in GLOSSARY_SUFFIXES
    assert sniff_format("x", f"a{suffix}") == dialect


# --- the Lua game module: table constructors keyed by their display term ---


def test_every_table_constructor_is_one_entry(tavern: dict[str, Entry]) -> None:
    assert len(tavern) == 72
    reel = tavern["perfect-reel-window"]
    assert reel.title == "Perfect Reel Window"
    assert reel.body.startswith("Brief timing window during fishing where proper input")
    assert reel.line == 112  # the record's opening brace


def test_ids_are_slugs_of_the_term_field_not_the_scripts_ids(tavern: dict[str, Entry]) -> None:
    for anchor in (
        "trophy-fish", "xp-experience-points", "foilholographic", "bellows--heat",
        "heavens-atlas", "perfect-reel-window", "the-seven-stats",
    ):  # fmt: skip
        assert anchor in tavern
    assert all(e.anchor == slugify(e.title) for e in tavern.values())
    assert not {"xp", "foil", "bellows", "perfect-reel", "stats-overview"} & set(tavern)


def test_see_also_ids_become_the_terms_they_key(tavern: dict[str, Entry]) -> None:
    assert tavern["might"].see_also == ("Agility", "Vigor", "The Seven Stats")
    assert tavern["heavens-atlas"].see_also == ("Age After War", "The Frontier", "Lore Entry")


def test_the_category_is_a_field_and_the_helpers_give_nothing(tavern: dict[str, Entry]) -> None:
    assert tavern["dodge"].fields == ("category: combat",)
    text = " ".join(f"{e.title} {e.body}" for e in tavern.values())
    assert "ipairs" not in text and "getTerm" not in text and "lowerQuery" not in text


# --- other real files: a keyed table, a name map, Rails seeds, index assignments ---


def test_a_lua_table_of_bracketed_keys_is_a_mapping() -> None:
    entries = parse_file(FORMATS / "chaos-glossary.lua")
    assert len(entries) == 16
    first = entries[0]
    assert (first.anchor, first.line) == ("homeomorphism", 14)
    assert "$f:A\\righarow B$" in first.body  # "\\" decoded once
    assert entries[-1].anchor == "hénon-heiles-potential"
    assert not any("escape_html" in e.body or "gloss-term" in e.body for e in entries)


def test_a_name_map_is_no_glossary() -> None:
    # NPC and zone names mapped to scrambled spellings: keys and values, but no definitions.
    assert parse_file(FORMATS / "balloon-names.lua") == []


def test_rails_seed_calls_are_records_and_the_other_models_give_nothing() -> None:
    entries = parse_file(FORMATS / "tiy-glossary-seeds.rb")
    assert [e.title for e in entries] == [
        "Active record", "Modules", "Ruby Tk", "Strings", "Classes", "Ternary Operator",
    ]  # fmt: skip
    assert entries[0].body == "an ORM for ruby"
    assert entries[0].url == "http://goo.gl/dbXsUX"
    assert entries[0].line == 14
    assert all("Engineering" not in e.title for e in entries)  # Category.create(...)


def test_index_assignments_of_one_hash_are_its_entries() -> None:
    entries = parse_file(FORMATS / "vocab-list.rb")
    assert len(entries) == 12
    operators = next(e for e in entries if e.title == "operators")
    assert "% gives the remainder of a division" in operators.body  # a string over lines
    assert "integer" not in {e.title for e in entries}  # inside =begin ... =end


# --- shapes written out: Ruby literals, Lua strings and calls ---

RUBY = """# frozen_string_literal: true
module Docs
  GLOSSARY = {
    "API" => "Application programming interface: the contract a service offers.",
    :cache => 'A store of recent results kept so the next request is answered faster.',
    "Idempotent" => <<~TEXT,
      An operation that gives the same result however many times
      it is applied.
    TEXT
    "Webhook" => "An HTTP callback " \\
      "sent when an event happens.",
  }.freeze

  TERMS = [
    { term: "Shard", definition: "One horizontal partition of a database.",
      aliases: %w[partition slice] },
    { "term": "Quorum", "definition": "The least number of nodes that must agree on a write." },
  ].freeze

  def self.lookup(name)
    GLOSSARY.fetch(name) { "no definition for #{name}" }
  end
end
"""


def test_ruby_hashes_arrays_heredocs_and_word_arrays() -> None:
    entries = {e.title: e for e in _entries(RUBY, "docs.rb")}
    assert list(entries) == ["API", "cache", "Idempotent", "Webhook", "Shard", "Quorum"]
    assert entries["Idempotent"].body == (
        "An operation that gives the same result however many times\nit is applied."
    )
    assert entries["Webhook"].body == "An HTTP callback sent when an event happens."
    assert entries["Shard"].aliases == ("partition", "slice")
    assert entries["Quorum"].line == 17


LUA_CALLS = """--[[ Rigging terms. "Quotes" in a long comment ]]
local M = {}
term { name = "Halyard", text = [[
A line used to hoist a sail.]] }
term { name = "Sheet", text = "A line that controls " .. "the angle of a sail." }
term { name = "Cleat", text = 'A fitting a line is made fast to, with two horns.' }
M.options = { width = 80, colour = "blue", verbose = false }
return M
"""
LUA_TABLE = """return {
  ["Throughput"] = "Requests served in one second, on average \\z
                    over a minute.",
  ["Caf\\195\\169"] = "A key spelled with decimal byte escapes for its accent.",
  Latency = [==[The time between a request and the first byte of its answer.]==],
}
"""


def test_lua_long_strings_concatenation_and_table_calls() -> None:
    entries = {e.title: e for e in _entries(LUA_CALLS, "rigging.lua")}
    assert set(entries) == {"Halyard", "Sheet", "Cleat"}  # M.options: settings, no record
    assert entries["Halyard"].body == "A line used to hoist a sail."  # first newline dropped
    assert entries["Sheet"].body == "A line that controls the angle of a sail."


def test_lua_escapes_and_keyed_fields() -> None:
    entries = {e.title: e.body for e in _entries(LUA_TABLE, "net.lua")}
    assert entries["Throughput"] == "Requests served in one second, on average over a minute."
    assert "Café" in entries  # UTF-8 bytes as decimal escapes
    assert entries["Latency"].startswith("The time between a request")


def test_code_with_tables_gives_no_entries() -> None:
    code = """local M = {}
local defaults = { name = "window", text = "Open", width = 80 }
function M.setup(opts)
  vim.keymap.set("n", "<leader>f", function() end, { desc = "Find files in the project" })
  vim.keymap.set("n", "<leader>g", function() end, { desc = "Grep the project for a word" })
end
return M
"""
    assert _entries(code, "init.lua") == []


def test_table_insert_calls_are_records() -> None:
    code = """local glossary = {}
table.insert(glossary, { term = "Mana", definition = "The magical energy a caster spends." })
table.insert(glossary, { term = "Aggro", definition = "Enemies' attention, drawn by damage." })
table.insert(glossary, { term = "Kiting", definition = "Leading an enemy while hitting it." })
"""
    assert [e.title for e in _entries(code, "terms.lua")] == ["Mana", "Aggro", "Kiting"]


def test_records_under_lookup_keys_are_keyed_by_their_term() -> None:
    # The lookup key is the script's, like an id field: see-also keys become the terms.
    code = """TERMS = {
  xp: { term: "XP (Experience Points)", definition: "Points from quests that raise your level.",
        related: [:level] },
  level: { term: "Level Up", definition: "Reaching enough XP to gain a level and a skill point." },
  foil: { term: "Foil/Holographic", definition: "A shimmering card variant, purely cosmetic." },
}.freeze
"""
    entries = _entries(code, "terms.rb")
    assert [e.anchor for e in entries] == ["xp-experience-points", "level-up", "foilholographic"]
    assert entries[0].see_also == ("Level Up",)
    assert [e.line for e in entries] == [2, 4, 5]


# --- Elixir: a LiveView's list of maps (after a real script), structs in a module attribute ---

LIVEVIEW = '''defmodule PageLive do
  def mount(_params, _session, socket) do
    boxing_terms = [
      %{term: "Jab", definition: "A quick, straight punch thrown with the lead hand."},
      %{
        term: "Hook",
        definition:
          "A punch thrown in a circular motion targeting the side of the opponent's head or body."
      },
      %{term: "Cross", definition: "A powerful punch thrown with the rear hand across the body."}
    ]
    {:ok, assign(socket, boxing_terms: boxing_terms)}
  end

  def render(assigns) do
    ~H"""
    <.dl terms={@boxing_terms}>
      <:dt :let={item}><%= item.term %></:dt>
    </.dl>
    """
  end
end
'''
STRUCTS = '''defmodule Glossary do
  @moduledoc """
  Terms of the "harbour" game.
  """
  @terms [
    %Term{name: "Berth", description: "Where a ship is moored at a quay.", aliases: ~w(slip)},
    %Term{name: "Bollard", description: "A short post on a quay that lines are tied to."},
    %Term{name: "Fender", description: """
      A cushion hung over a ship's side
      to protect it at the quay.
      """}
  ]
  def all, do: @terms
end
'''


def test_elixir_maps_in_a_list_are_records() -> None:
    entries = _entries(LIVEVIEW, "page_live.exs")
    assert [(e.title, e.line) for e in entries] == [("Jab", 4), ("Hook", 5), ("Cross", 10)]
    assert "opponent's head or body" in entries[1].body


def test_elixir_structs_sigils_and_heredocs() -> None:
    entries = {e.title: e for e in _entries(STRUCTS, "glossary.ex")}
    assert list(entries) == ["Berth", "Bollard", "Fender"]
    assert entries["Berth"].aliases == ("slip",)
    assert entries["Fender"].body == "A cushion hung over a ship's side\nto protect it at the quay."


def test_flash_calls_and_message_catalogues_are_no_glossary() -> None:
    # After a Phoenix app's user_auth.ex and a test's message map (both real, both code).
    flashes = """defmodule Auth do
  def require_user(conn, _opts) do
    conn |> put_flash(:error, "You must log in to access this page.") |> halt()
  end
  def require_sudo(conn, _opts) do
    conn |> put_flash(:error, "You must re-authenticate to access this page.") |> halt()
  end
  def welcome(conn), do: conn |> put_flash(:info, "Welcome back to your account settings.")
end
"""
    messages = """glossary = %{
  "en.validation.required" => "can't be blank",
  "ru.validation.required" => "не может быть пустым",
  "en.validation.term_state" => "Term {{body}} is not NEW but {{state}} instead"
}
"""
    assert _entries(flashes, "user_auth.ex") == []
    assert _entries(messages, "lexeme_test.exs") == []


def test_a_list_of_term_definition_pairs_is_a_mapping() -> None:
    code = """local GLOSSARY = {
  {"Belay", "Securing a climber with a rope so that a fall is held short."},
  {"Crux", "The hardest move or section of a climbing route."},
  {"Flash", "Climbing a route on the first try, with prior beta about it."},
}
"""
    entries = _entries(code, "climbing.lua")
    assert [(e.title, e.line) for e in entries] == [("Belay", 2), ("Crux", 3), ("Flash", 4)]
