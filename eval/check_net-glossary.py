"""Static checks of eval/corpora/net-glossary/questions.jsonl (blind, held out in round 21).

Run from the worktree root: ``python eval/check_net-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``net-glossary.md``, tairocruiz/mtcna's
``sessions/01-networking-basics/resources/glossary.md``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "net-glossary"
N = "net-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (HTML comments included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (IP Address, Packet / Frame, Switch /
    # Broadcast, Router, NAT, DHCP, Access Point / Ethernet, Host, Wi-Fi) is in the glossary
    f"{N}023": [
        "subnet mask",
        "subnet",
        "subnets",
        "netmask",
        "subnetting",
        "prefix length",
        "cidr",
        "255.255.255.0",
    ],
    f"{N}024": [
        "mtu",
        "maximum transmission unit",
        "fragmentation",
        "fragment",
        "fragments",
        "fragmented",
        "packet size",
    ],
    f"{N}025": [
        "spanning tree",
        "spanning-tree",
        "stp",
        "rstp",
        "bpdu",
        "switching loop",
        "loop",
        "loops",
        "looping",
    ],
    f"{N}026": ["traceroute", "tracert", "hop", "hops", "ttl", "time to live", "mtr"],
    f"{N}027": [
        "port forwarding",
        "port forward",
        "forwarding",
        "dnat",
        "destination nat",
        "pinhole",
        "virtual server",
        "upnp",
    ],
    f"{N}028": ["lease", "leases", "lease time", "renewal", "renew"],
    f"{N}029": ["poe", "power over ethernet", "802.3af", "802.3at", "802.3bt", "injector"],
    f"{N}030": ["loopback", "localhost", "127.0.0.1"],
    f"{N}031": ["ssid", "essid", "bssid", "service set identifier", "network name"],
    # named; sharing a word with a title: IPv6 address (IP Address), shielded twisted pair
    # (Twisted Pair, UTP), tree topology (Topology and four kinds of it), proxy server (Server),
    # layer 3 switch (Switch), broadcast storm (Broadcast, Broadcast Domain), Wi-Fi 6 (Wi-Fi),
    # jumbo frame (Frame), stateful firewall (Firewall)
    f"{N}032": ["ipv6", "ipv4", "ip version 6", "128-bit"],
    f"{N}033": ["shielded twisted pair", "shielded", "stp"],
    f"{N}034": [
        "tree topology",
        "tree",
        "hybrid topology",
        "hierarchical topology",
        "hierarchical",
    ],
    f"{N}035": ["proxy", "proxies", "proxy server", "reverse proxy"],
    f"{N}036": ["layer 3 switch", "layer 3", "multilayer switch", "multilayer", "l3 switch", "l3"],
    f"{N}037": ["broadcast storm", "storm", "storms"],
    f"{N}038": ["wi-fi 6", "wifi 6", "802.11ax", "ax", "wi-fi 5", "wifi 5", "802.11ac"],
    f"{N}039": ["jumbo frame", "jumbo frames", "jumbo", "mtu"],
    f"{N}040": [
        "stateful",
        "stateful firewall",
        "stateful inspection",
        "stateless",
        "connection tracking",
        "conntrack",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
