"""Static checks of eval/corpora/iot-glossary/questions.jsonl (blind, round 46).

Run from the worktree root: ``python eval/check_iot-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown page in **Czech** (``iot-glossary.md``, the cs-CZ localisation
of Microsoft's Azure IoT glossary, Microsoft/azure-docs.cs-cz's
``articles/iot-fundamentals/iot-glossary.md``, machine-translated: ``ms.translationtype: MT``):
docs front matter, ``## <a name="a"></a>A`` letter headings, 105 ``### <a name="english-id"></a>
Czech title`` terms whose HTML anchors stay English while the titles are Czech, relative
links into other docs pages, and machine-translation slips ("twin" rendered as "vlákno",
"nevlákenný", "s dvojitou přesností"). The questions are in Czech too, typed as Czech users
do (diacritics often dropped, colloquial "bejt", "nejakej", "cidlo").

Czech inflects, and the negative-term check matches whole words: every negative lists the
inflected forms of its key words (cases, with and without diacritics) and usual synonyms.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "iot-glossary"
N = "iot-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": [  # message retention (next to IoT Hub, Zařízení do cloudu)
        "retence",
        "retenci",
        "retention",
        "dní",
        "dni",
        "dnů",
        "dny",
        "den",
        "zahodí",
        "zahodi",
        "smaže",
        "smaze",
    ],
    f"{N}024": [  # pricing (next to IoT Hub's "předplatného Azure")
        "cena",
        "ceny",
        "cenu",
        "stojí",
        "stoji",
        "platí",
        "plati",
        "platit",
        "tarif",
        "zdarma",
        "měsíčně",
        "mesicne",
        "poplatek",
        "poplatky",
        "pricing",
    ],
    f"{N}025": [  # message size limit (next to Zpráva datového bodu, Telemetrie)
        "kb",
        "velikost",
        "velikosti",
        "velká",
        "velka",
        "maximální",
        "maximalni",
        "max",
        "limit",
        "bajtů",
        "bajtu",
    ],
    f"{N}026": [  # offline operation of an edge device (next to IoT Edge, Zařízení IoT Edge)
        "offline",
        "internet",
        "internetu",
        "výpadek",
        "výpadku",
        "ztratí",
        "ztrati",
        "později",
        "pozdeji",
    ],
    f"{N}027": [  # hardware security chip (next to Primární a sekundární klíče, X.509)
        "tpm",
        "hsm",
        "čip",
        "čipu",
        "čipem",
        "cip",
        "cipu",
        "cipem",
        "trusted platform module",
    ],
    f"{N}028": [  # IP filtering (next to Zásady sdíleného přístupu, Koncový bod)
        "ip",
        "firewall",
        "filtr",
        "filtru",
        "filtrování",
        "filtrovani",
        "whitelist",
    ],
    f"{N}029": [  # ordering and duplicates (next to Zařízení do cloudu, Koncový bod)
        "pořadí",
        "poradi",
        "pořadím",
        "duplicit",
        "duplicity",
        "duplicitní",
        "duplikáty",
        "duplikaty",
    ],
    f"{N}030": [  # battery and sleep (next to Zařízení, Fyzické zařízení)
        "baterie",
        "baterky",
        "baterii",
        "spánek",
        "spanek",
        "spánku",
        "spalo",
        "spí",
        "energie",
        "energii",
        "úspora",
        "šetřilo",
        "setrilo",
    ],
    f"{N}031": [  # transport encryption (next to Sdílený přístupový podpis, SASL PLAIN, X.509)
        "šifrování",
        "sifrovani",
        "šifrovaná",
        "šifrované",
        "šifrovaný",
        "sifrovany",
        "šifrovat",
        "tls",
        "ssl",
    ],
    # named; several share a word with a title: protokol CoAP (Protokol rozšířené fronty zpráv,
    # Protokolová brána), IoT Central (IoT Hub, Centrum IoT Edge), transparentní brána (brána,
    # Brána pole, Cloudová brána), QoS u MQTT (MQTT), Event Grid (Event Hubs in Koncový bod
    # kompatibilní s centrem událostí), nasazení na Kubernetes (IoT Edge automatické nasazení)
    f"{N}032": ["lorawan", "lora"],
    f"{N}033": ["coap"],
    f"{N}034": ["central", "iot central"],
    f"{N}035": ["transparentní", "transparentni", "transparentního", "transparent"],
    f"{N}036": ["qos", "quality of service"],
    f"{N}037": ["grid", "event grid"],
    f"{N}038": ["series", "insights", "time series"],
    f"{N}039": ["opc", "ua", "opc-ua"],
    f"{N}040": ["kubernetes", "k8s"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
