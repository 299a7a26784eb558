const content = {
    "words": [
        {
            "woord": "overvliegen",
            "betekenis": "Het van de ene naar de andere speltak gaan door voor de ogen van de hele groep in het potmaarmeer te zwemmen.",
            "prefix": "(werkwoord; vloog over, is overgevlogen)",
            "voorbeeldzin": "\"Ik vlieg dit jaar over naar de RSA!\"",
            "categorie": ""
        },
        {
            "woord": "scouting Nederland",
            "betekenis": "De overkoepelende organisatie van scoutinggroepen in Nederland. Scouting Nederland informeert en regelt allerlei zaken.",
            "prefix": "(o)",
            "voorbeeldzin": "\"Hello world!\"",
            "extra": "url:http:\/\/www.youtube.com\/watch?v=Nk1M7wgGB4k",
            "categorie": ""
        },
        {
            "woord": "leidingksen",
            "synonym": "leiding"
        },
        {
            "woord": "kledder",
            "betekenis": "Mayonaise/Fritessaus voor bijvoorbeeld een snack of patat.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Kun je de kledder aangegeven?\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "pionieren",
            "betekenis": "Het aan elkaar vast maken van stellages met sjorringen om een constructie te bouwen.",
            "prefix": "(werkwoord; pionierde, heeft gepionierd)",
            "voorbeeldzin": "\"Laten we een vliegtuig pionieren!\"<br>\"Volgende week is er een pionieropkomst\"",
            "categorie": ""
        },
        {
            "woord": "piopaal",
            "betekenis": "Langwerpige stukken hout om mee te pionieren of in de grond te slaan. Piopalen worden genoemd naar hun lengte in vijf formaten; éénmeters, anderhalfmeters, tweemeters, viermeters en zesmeters.",
            "prefix": "(de; m; meervoud: piopalen; verkleinwoord: piopaaltjes)",
            "voorbeeldzin": "\"We hebben acht tweemeters nodig.\"",
            "categorie": ""
        },
        {
            "woord": "piotouw",
            "betekenis": "Touw waarmee piopalen aan elkaar geknoopt worden. Om te worden opgeborgen worden piotouwtjes vaak opgeworst.",
            "prefix": "(het; o; meervoud: piotouwen; verkleinwoord: piotouwtjes)",
            "voorbeeldzin": "\"Ik worst de piotouwen wel op als ik deze sjorring losheb.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "opworsten",
            "betekenis": "Het door op een speciale manier in elkaar draaien compacter maken van touw. Opgeworste touwen heten worstjes.",
            "prefix": "(werkwoord; worstte op, opgeworst)",
            "voorbeeldzin": "\"Na het opworsten kunnen de touwen in de kist?\"",
            "categorie": ""
        },
        {
            "woord": "palenkar",
            "betekenis": "Kar waarin alle piopalen worden opgeborgen, mokers, grondboren, scheppen en ander materiaal.",
            "prefix": "(de; v; meervoud: palenkarren; verkleinwoord: palenkarretje)",
            "voorbeeldzin": "\"In de palenkar liggen de piopalen gesorteerd op maat.\"",
            "categorie": ""
        },
        {
            "woord": "trekkerhok",
            "betekenis": "Voromalige ruimte naast het gebouw waar een heleboel meuk wordt opgeslagen. De trekkers stonden en werden hier eerst onderhouden. De David Brown is hier bijvoorbeeld gebouwd. Tegenwoordig wordt de loods gebruikt voor opslag.",
            "prefix": "(het; o; meervoud: trekkerhokken; verkleinwoord: trekkerhokje)",
            "voorbeeldzin": "\"Pak jij de Porta Porties uit het trekkerhok?\"",
            "categorie": ""
        },
        {
            "woord": "Henk",
            "betekenis": "Zware metalen buis die aan een kant gesloten is, bedoeld om piopalen mee de grond in te krijgen.",
            "prefix": "(de; m; meervoud: Henken; verkleinwoord: Henkje)",
            "voorbeeldzin": "\"Ik vind de Henk erg fijn bij het pionieren.\"",
            "categorie": ""
        },
        {
            "woord": "palenbats",
            "synonym": "Henk"
        },
        {
            "woord": "meuk",
            "betekenis": "Spullen, troep, rotzooi.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Wat heb jij veel meuk meegebracht!\"<br>\"We gaan met de hele meuk op kamp.\"",
            "categorie": ""
        },
        {
            "woord": "peut",
            "betekenis": "Vloeibare brandstof, meestal petroleum.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Met een beetje peut brandt hout altijd.\"",
            "categorie": ""
        },
        {
            "woord": "gebouw",
            "betekenis": "Clubhuis, hier hebben de speltakken opkomsten.",
            "prefix": "(het; o; meervoud: gebouwen; verkleinwoord: gebouwtje)",
            "voorbeeldzin": "\"Alle hikes op scouting komen terug op het clubgebouw.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "RSA",
            "betekenis": "RSA staat voor Rowans (jongens) en Sherpas (meisjes) Afdeling, de speltak van scouting van 15 tot 18 jaar, een lid wordt een RSA-lid genoemd. De RSA draagt een rode blouse. Synoniemen zijn explorers of de R&S (Rowans en Sherpa's, soms kortweg RS).",
            "prefix": "(de; m\/v)",
            "voorbeeldzin": "\"Ik mag dit jaar naar de RSA.\"",
            "categorie": ""
        },
        {
            "woord": "explorer",
            "synonym": "RSA"
        },
        {
            "woord": "R&S",
            "synonym": "RSA",
        },
        {
            "woord": "explorers",
            "synonym": "RSA"
        },
        {
            "woord": "welp",
            "betekenis": "Lid van scouting van 7 tot en met 11 jaar. De speltak wordt aangeduid met het meervoud: welpen. Dit is nu de officiële naam voor deze speltak, al gebruiken andere groepen soms nog de oude namen: Dolfijnen (waterscouts), Welpen(jongens, soms gemengd), Esta's (gemengd) en Kabouters (meisjes), of kortweg DWEK.",
            "prefix": "(de; m\/v; meervoud: welpen; verkleinwoord: welpje)",
            "voorbeeldzin": "\"Ik zit nu bij de welpen.\"",
            "categorie": ""
        },
        {
            "woord": "DWEK",
            "synonym": "welp"
        },
        {
            "woord": "stam",
            "betekenis": "Speltak vanaf 18 jaar. Een lid heet een stamlid.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Er zijn veel stamleden bij Vinchem.\"",
            "categorie": ""
        },
        {
            "woord": "scout",
            "betekenis": "Lid van scouting van 12 tot 15 jaar. De speltak wordt aangeduid met het meervoud: scouts. Ook wel verkenner genoemd.",
            "prefix": "(de; m\/v; meervoud: scouts)",
            "voorbeeldzin": "\"Scouts bereiden hun eigen eten.\"",
            "categorie": ""
        },
        {
            "woord": "verkenner",
            "synonym": "scout"
        },
        {
            "woord": "Vinchem",
            "betekenis": "Onze scoutingvereniging, opgericht op 1 maart 1986. Door leden wordt Vinchem vaak simpelweg aangeduid met 'de groep'. Winsum heette vroeger Vinchem, vandaar de naam.",
            "prefix": "()",
            "voorbeeldzin": "\"V-I-N-C-H-E-M<br>Vinchem, vinchem, vinchem is the best<br>En geen geouwehoer, want wij zijn stoer<br>Lekker puh, uh\"",
            "categorie": ""
        },
        {
            "woord": "fouragemeestertent",
            "betekenis": "Kampvuurlied:<br><br>REFREIN:<br>Dat wist ik niet en bovendien<br>Dat kan ik zonder bril niet zien<br>Dat kan ik zonder bril niet zien<br><br>Er is nog brood, brood<br>Het smaakt gek en idioot<br>Al in de tent, al in de tent<br>Al in de tent, al in de tent<br>Er is nog brood, brood<br>Het smaakt gek en idioot<br>In de fouragemeestertent<br><br>Er is nog soep, soep<br>Voor de hongerige troep<br>Al in de tent, al in de tent<br>Al in de tent, al in de tent<br>Er is nog soep, soep<br>Voor de hongerige troep<br>In de fouragemeestertent<br><br>Er is nog vlees, vlees<br>Daarvan raak je aan de race<br>Al in de tent, al in de tent<br>Al in de tent, al in de tent<br>Er is nog vlees, vlees<br>Daarvan raak je aan de race<br>In de fouragemeestertent<br><br>Er is nog kaas, kaas<br>Al zo oud als Sinterklaas<br>Al in de tent, al in de tent<br>Al in de tent, al in de tent<br>Er is nog kaas, kaas<br>Al zo oud als Sinterklaas<br>In de fouragemeestertent",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Zullen we de fouragemeestertent zingen?\"",
            "categorie": "Liedjes"
        },
        {
            "woord": "das",
            "synonym": "uniform"
        },
        {
            "woord": "blouse",
            "synonym": "uniform"
        },
        {
            "woord": "\u00e9\u00e9nmeter",
            "synonym": "piopaal"
        },
        {
            "woord": "tweemeter",
            "synonym": "piopaal"
        },
        {
            "woord": "viermeter",
            "synonym": "piopaal"
        },
        {
            "woord": "anderhalvemeter",
            "synonym": "piopaal"
        },
        {
            "woord": "zesmeter",
            "synonym": "piopaal"
        },
        {
            "woord": "uniform",
            "betekenis": "De blouse en das die alle leden van scouting dragen.<br><br>De kleur van de blouse verschilt per speltak:<br>Welpen: Groen<br>Scouts: Beige<br>RSA en stam: Rood<br><br>De das is heilig en verschilt per groep.",
            "prefix": "(het; v; meervoud: uniformen; verkleinwoord: uniformpje)",
            "voorbeeldzin": "\"Zonder correct uniform moet je een stap achteruit doen bij de opening!\"<br>\"Het is een DAS, geen sjaaltje!\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "langeveldhoutje",
            "betekenis": "Het houtje dat aan de scheerlijn van een tent zit om die op te spannen.",
            "prefix": "(het; o; meervoud: langeveldhoutjes)",
            "voorbeeldzin": "\"Geef me eens een nieuw langeveldhoutje aan.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "motivatieknuppel",
            "betekenis": "De knuppel die word gebruikt om RSA-leden te motiveren.",
            "prefix": "(de; m; meervoud: motivatieknuppels; verkleinwoord: motivatieknuppeltje)",
            "voorbeeldzin": "\"Er moet duidelijk wat gemotiveerd worden.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "zelfmoordpasta",
            "betekenis": "Pindakaas.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Mag ik de zelfmoordpasta?\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "hike",
            "betekenis": "Een meestal gelopen tocht. Fietsend kan ook, dit wordt soms een fietshike genoemd.",
            "prefix": "(de, m, meervoud: hikes)",
            "voorbeeldzin": "\"Op zomerkamp duurt een hike bij de scouts en de RSA meestal twee dagen.\"",
            "categorie": "Activiteiten"
        },
        {
            "woord": "vlaggenmast",
            "betekenis": "De plaats waar de opening en sluiting van een opkomst\/kamp zich plaatsvinden.",
            "prefix": "(de; m; meervoud: vlaggenmasten; verkleinwoord: vlaggenmastje)",
            "voorbeeldzin": "\"Kan iedereen verzamelen om de vlaggenmast?\"",
            "categorie": ""
        },
        {
            "woord": "vlag",
            "betekenis": "Een lap stof die door zijn ceremoniële aard officieel verbrand moet worden na aanraking met de grond.",
            "prefix": "(de; m; meervoud: vlaggen; verkleinwoord: vlaggetje)",
            "voorbeeldzin": "\"Mag ik de vlag?\"",
            "categorie": ""
        },
        {
            "woord": "verf",
            "betekenis": "Een plakkerige substantie die wordt gebruikt om materiaal te kleuren. Mag officieel niet door de wasbak of op het vuur.",
            "prefix": "(de; v(m))",
            "voorbeeldzin": "\"Kan dit ook op het vu...\" \"Ja, hoor!\"",
            "categorie": ""
        },
        {
            "woord": "uppieslag",
            "betekenis": "Een slag die Marcel Uppenkamp gebruikt om vals te spelen bij spijkermeppen door de hamer een kwartslag te draaien.",
            "prefix": "(de; m; meervoud: uppieslagen; verkleinwoord: uppieslagje)",
            "voorbeeldzin": "\"Hou op met die uppieslagen, Marcel!\"",
            "categorie": ""
        },
        {
            "woord": "spijkermeppen",
            "betekenis": "Spel dat de leiding, RSA en stamleden vaak spelen tijdens kampen.",
            "prefix": "(werkwoord; spijkermepte, heeft gespijkermept)",
            "voorbeeldzin": "\"Spijkermeppen is een sport.\"",
            "categorie": ""
        },
        {
            "woord": "scoutingfamilie",
            "betekenis": "1.) Een familie waarvan tenmiste twee opvolgende generaties op scouting hebben gezeten.<br>2.) Een vaak ironisch bedoelde term om de vereniging mee aan te duiden.",
            "prefix": "(de; v; meervoud: scoutingfamilie; verkleinwoord: scoutingfamilietje)",
            "voorbeeldzin": "\"We zijn allemaal één grote scoutingfamilie.\"",
            "categorie": ""
        },
        {
            "woord": "wachtlijst",
            "betekenis": "Een lange lijst van mensen die op scouting willen, maar nog niet worden toegelaten omdat er te weinig plek is.",
            "prefix": "(de; v; meervoud: wachtlijsten; verkleinwoord: wachtlijstje)",
            "voorbeeldzin": "\"De wachtlijst van de welpen duurt ongeveer een jaar.\"",
            "categorie": ""
        },
        {
            "woord": "zomerkamplied",
            "betekenis": "Een jaarlijks terugkomend lied dat op de bonte avond op zomerkamp werd gezongen door Rolf en Thomas, later ook met Anne-Jan. Het is gegroeid uit een lied dat een groot deel van de scouts zongen op de melodie van 'Het is een nacht'.<br><br>De volgende liedjes zijn gezongen:<br><br>2009: 'Het is een nacht'<br>2010: 'Op naar MCO'<br>2011: 'Kamp, kamp, kamp'<br>2012: 'We hielpen de Maya's'<br>2013: 'Witte veder'<br>2014: 'De das van Mathijs Miedema'<br>2015: 'De pasta van Godert'",
            "prefix": "(het; m; meervoud: zomerkamplieden; verkleinwoord: zomerkampliedje)",
            "voorbeeldzin": "\"Het koningslied is geen goede melodie voor een zomerkamplied...\"",
            "categorie": "Liedjes"
        },
        {
            "woord": "happen",
            "betekenis": "Happen is het schreeuwen van het volgende voor het eten:<br><br>Hap hap happperdehap<br>Bik bik bikkerdebik<br>Smakelijk eten<br><br>Afhappen is het schreeuwen van het volgende na het eten:<br><br>Hap hap happperdehap<br>Bik bik bikkerdebik<br>(Sm)Alles is opgegeten",
            "prefix": "(werkwoord; hapte, heeft gehapt)",
            "voorbeeldzin": "\"Even happen... Eén, twee, drie...!\"",
            "categorie": "Yells en kreten"
        },
        {
            "woord": "afhappen",
            "synonym": "happen"
        },
        {
            "woord": "zeppelin",
            "betekenis": "Kampvuurlied, waarbij iedere keer dat het wordt gezongen een woord vervangen wordt door een gebaar. Als alle woorden vervangen zijn komen ze allemaal weer terug.<br><br>We zaten met een zucht (zuchten)<br>Al boven in de lucht (omhoog kijken)<br>We zaten zo gezellig in een schuitje (wiegen met armen)<br>En niemand kon ons zien (bril met handen)<br>We hadden pret voor tien (tien vingers omhoog)<br>Lang leve de zeppelin (vinger spiralend naar beneden bewegen)",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik vind de zeppelin zo'n leuk lied!\"",
            "categorie": "Liedjes"
        },
        {
            "woord": "goedzo",
            "betekenis": "Wordt geyeld als waardering voor iemands actie:<br><br>G-O-E-D-Z-O-O<br>Goedzo, goedzo, goedzozo<br><br> - Vaak gevolgd door:<br><br>(B Z ondergoed)<br>Bijzondergoed",
            "prefix": "(o, meervoud: goedzo's; verkleinwoord: goedzootje)",
            "voorbeeldzin": "\"Een goedzootje is denk ik wel op zijn plaats.\"",
            "categorie": "Yells en kreten"
        },
        {
            "woord": "vloer",
            "betekenis": "De houten ondergrond waarvan het iedere week opnieuw onzeker is of er wel of niet iemand doorheen gaat zakken. Ondanks dat hij iedere week wordt geveegd ligt er altijd een dikke laag stof op.",
            "prefix": "(de; m; meervoud: vloeren; verkleinwoord: vloertje)",
            "voorbeeldzin": "\"In de winter is het echt niet uit te houden met al het stof dat van de vloer stuift.\"",
            "categorie": ""
        },
        {
            "woord": "Eppe en Brendel",
            "betekenis": "Een komisch duo dat zich vaak op zomerkamp liet zien. Een terugkomend thema is Brendels angst voor kikkers. Eppe en Brendel zijn bedacht en werden gespeeld door Emiel.",
            "prefix": "(mv)",
            "voorbeeldzin": "\"Eppe en Brendel zijn echt geweldig.\"",
            "extra": "url:http:\/\/www.youtube.com\/watch?v=AwGb11OtUus",
            "categorie": "Personen en dergelijke"
        },
        {
            "woord": "Eppe",
            "synonym": "Eppe en Brendel"
        },
        {
            "woord": "Brendel",
            "synonym": "Eppe en Brendel"
        },
        {
            "woord": "vuurtafel",
            "betekenis": "Een meubel in de keuken waarop eten wordt bereid, bestaande uit een houten ondergrond met daarop een zandlaag. Aan beide zijdes ligt een houten blok onder het zand, waardoor een verdikking ontstaat die de metalen kookplaat ondersteunt. Om te voorkomen dat zand tussen de uit palen bestaande constructie door valt wordt gebruik gemaakt van gras. De scouts staan erom bekend meubels te bouwen die vaak instorten.",
            "prefix": "(de; v; meervoud: vuurtafels; verkleinwoord: vuurtafeltje)",
            "voorbeeldzin": "\"Is de vuurtafel al klaar?\"",
            "categorie": ""
        },
        {
            "woord": "knopen",
            "synonym": "pionieren"
        },
        {
            "woord": "onkruid",
            "synonym": "welp"
        },
        {
            "woord": "welpsel",
            "synonym": "welp"
        },
        {
            "woord": "W.E.L.P.",
            "betekenis": "Staat voor Wedstrijd Ere Lijst Patrouille, de wedstrijd die de scouts ieder jaar voeren om te bepalen wie de beste patrouille is. De winnaar krijgt een taart.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"We hebben de W.E.L.P. gewonnen!\"",
            "categorie": ""
        },
        {
            "woord": "Emiel",
            "betekenis": "Voormalig stamlid en scoutsleiding die bekend is van Eppe en Brendel en waargebeurde verhalen zoals 'Het roze naveltruitje'. Heet ook wel Grote Oubidoebie of Miele.",
            "prefix": "(m)",
            "voorbeeldzin": "'Emiel, ga je een verhaal vertellen?\"",
            "categorie": "Personen en dergelijke"
        },
        {
            "woord": "Grote Oubidoebi",
            "synonym": "Emiel"
        },
        {
            "woord": "Miele",
            "synonym": "Emiel"
        },
        {
            "woord": "speltak",
            "betekenis": "De subgroep waar iemand lid van is, opgedeeld in leeftijden. De speltakken zijn van jong naar oud: bevers (niet bij Vinchem), welpen, scouts, RSA, stam.",
            "prefix": "(de; m; meervoud: speltakken; verkleinwoord: speltakje)",
            "voorbeeldzin": "\"Alle speltakken verzamelen bij de opening.\"",
            "categorie": ""
        },
        {
            "woord": "bronbeek",
            "betekenis": "Afdeling op NPK waar stamleden zitten die al lang op scouting zitten. Vaak nemen zij hij hun kinderen mee.",
            "prefix": "(v)",
            "voorbeeldzin": "\"Er zijn veel jonge kinderen in bronbeek.\"",
            "categorie": ""
        },
        {
            "woord": "VaZoMoDoKa",
            "betekenis": "Staat voor vader-zoon-moeder-dochter-kamp, een kamp dat niet alleen is voor leden, maar juist bedoeld is om andere gezinsleden mee te nemen.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Komt er dit jaar een VaZoMoDoKa?\"",
            "categorie": ""
        },
        {
            "woord": "vader-zoon-moeder-dochter-kamp",
            "synonym": "VaZoMoDoKa"
        },
        {
            "woord": "boerenkooltocht",
            "betekenis": "Een hike in de winter waarbij de vereniging in groepen loopt naar een locatie waar ze stamppot boerenkool gaan eten.",
            "prefix": "(de; m; meervoud: boerenkooltochten; verkleinwoord: boerenkooltochtje)",
            "voorbeeldzin": "\"Het was deze boerenkooltocht erg koud!\"",
            "categorie": ""
        },
        {
            "woord": "leidingks",
            "synonym": "leiding"
        },
        {
            "woord": "leidings",
            "synonym": "leiding"
        },
        {
            "woord": "leidingen",
            "synonym": "leiding"
        },
        {
            "woord": "leiding",
            "betekenis": "Geeft/geven intructies aan welpen en scouts. Niet te verwarren met begeleiding van de RSA, waarvan de taak juist is om de RSA te helpen hun doel uit te voeren.",
            "prefix": "(de; v; meervoud: leidings/leidingks/leidingen/leidingksen; verkleinwoord: leidinkje)",
            "voorbeeldzin": "\"Alle leidingksen verzamelen!\"",
            "categorie": ""
        },
        {
            "woord": "tentpaal",
            "betekenis": "De tentpaal, ook wel tentstok genoemd is de paal die de tent rechtop houdt. Vaak krom en allerminst geschikt voor paaldansen.",
            "prefix": "(de; m; meervoud: tentpalen; verkleinwoord: tentpaaltje)",
            "voorbeeldzin": "\"De tentpaal houdt de tent omhoog.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "NPK-voedsel",
            "betekenis": "Eten, gemaakt voor de DWEK en de dienststammen op NPK. Dit voedsel wordt in massa's gemaakt waardoor het vaak als minder smakelijk wordt ervaren. Nasi is een uitzondering, waarschijnlijk door het kampvoedseleffect.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Het NPK-voedsel wordt op de bolderkar opgehaald vanaf het middenterrein.\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "kampvoedseleffect",
            "betekenis": "Het verschijnsel dat eten op een kamp een stuk lekkerder smaakt dan anders.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Hoera! Smek!\"",
            "categorie": ""
        },
        {
            "woord": "prullenbak",
            "betekenis": "Een jutenzak met daarin een vuilniszak. Als afval wordt gescheiden in glas, blik, gft en overig komt het uiteindelijk allemaal bij elkaar in hetzelfde gat. Het kan ook worden gescheiden in brandbaar en niet-brandbaar, waarbij alles brandbaar is.",
            "prefix": "(de; m; meervoud: prullenbakken; verkleinwoord: prullenbakje)",
            "voorbeeldzin": "\"Afval scheiden doen we alleen om millieubewuster te worden.\"",
            "categorie": ""
        },
        {
            "woord": "NPK-tor",
            "betekenis": "De grote torren die op sommige NPK's in grote getale opduiken.",
            "prefix": "(de; v; meervoud: NPK-torren; verkleinwoord: NPK-torretje)",
            "voorbeeldzin": "\"Ik zie niks meer door alle NPK-torren!\"",
            "categorie": ""
        },
        {
            "woord": "vuurbaan",
            "betekenis": "Een lange lijn van lucifers waarvan de koppen elkaar raken, in een laag zand op de tafel gestoken. Door één lucifer aan te steken vat degene ernaast vlam, en dit gaat de hele lijn door. De bedoeling is een zo lang of origineel mogelijke baan te maken.",
            "prefix": "(de; v; meervoud: vuurbanen; verkleinwoord: vuurbaantje)",
            "voorbeeldzin": "\"Zullen we een looping in de vuurbaan maken?\"",
            "categorie": ""
        },
        {
            "woord": "s'more",
            "betekenis": "Een lekkernij bestaande uit twee biscuitjes met een marshmallow en chocolade ertussen. Kan alleen door experts correct bereid worden. S'more komt van het Engelse 'I want some more'.",
            "prefix": "(het; o; meervoud: s'mores; verkleinwoord: s'moretje)",
            "voorbeeldzin": "\"S'more is heerlijk.\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "leeuw van Vlaanderen",
            "betekenis": "Een spel waarbij het de bedoeling is, zodra 'leeuw van Vlaanderen' wordt geroepen, van de ene kant van het veld naar de andere te rennnen zonder opgetild te worden. Wordt bij veel groepen ook wel incorrect 'Hollandse Leeuw' of 'Beren' genoemd.",
            "prefix": "(m)",
            "voorbeeldzin": "\"Nee hè, geen leeuw van Vlaanderen!\"",
            "categorie": "Spellen"
        },
        {
            "woord": "bereidingstafel",
            "betekenis": "Een volkomen nutteloos maar verplicht meubel in een gepionierde keuken op NPK.",
            "prefix": "(de; v; meervoud: bereidingstafels; verkleinwoord: bereidingstafeltje)",
            "voorbeeldzin": "\"Afwassen doe je op de bereidingstafel.\"",
            "categorie": ""
        },
        {
            "woord": "scoutingkind",
            "betekenis": "Een kind van een scoutinglid. Zelf meestal geen lid wegens te lage leeftijd.",
            "prefix": "(het; o; meervoud: scoutingkinderen; verkleinwoord: scoutingkindje)",
            "voorbeeldzin": "\"Hoeveel scoutingkinderen heeft onze vereniging?\"",
            "categorie": ""
        },
        {
            "woord": "begeleiding",
            "betekenis": "Heeft als taak de RSA te helpen hun doel uit te voeren.",
            "prefix": "(de, v)",
            "voorbeeldzin": "\"Het is BEGEleiding!\"",
            "categorie": ""
        },
        {
            "woord": "leidingranja",
            "betekenis": "Een verhullende term voor bier.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Kunnen we al aan de leidingranja?\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "RISK-bord",
            "betekenis": "Een spelbord gemaakt door de RSA, gebaseerd op het populaire spel RISK. In plaats van de wereldkaart staat hierop een kaart van Winsum, waarin de verschillende wijken de continenten zijn. Het bord past precies op de tafel in het stamlokaal.",
            "prefix": "(het; o; meervoud: RISK-borden, verkleinwoord: RISK-bordje)",
            "voorbeeldzin": "\"Zullen we RISK spelen?\"",
            "categorie": ""
        },
        {
            "woord": "RISK",
            "synonym": "RISK-bord"
        },
        {
            "woord": "kampvuurkuil",
            "betekenis": "Plaats op het terrein waar vuur wordt gestookt. Hier worden soms broodjes en frikadellen gemaakt.",
            "prefix": "(de; m; meervoud: kampvuurkuilen; verkleinwoord: kampvuurkuiltje)",
            "voorbeeldzin": "\"Allemaal even verzamelen bij de kampvuurkuil!\"",
            "categorie": ""
        },
        {
            "woord": "houthok",
            "betekenis": "Een nieuw hok waar een heleboel spullen worden opgeslagen, achter de kampvuurkuil. Onder andere de themaplanken liggen hier.",
            "prefix": "(het; o; meervoud: houtkokken; verkleinwoord: houthokje)",
            "voorbeeldzin": "\"Kunnen we planken uit het houthok gebruiken?\"",
            "categorie": ""
        },
        {
            "woord": "afval",
            "synonym": "prullenbak"
        },
        {
            "woord": "afvalverwerking",
            "betekenis": "Het verbranden van het brandbare afval.",
            "prefix": "(de; v)",
            "voorbeeldzin": "\"Op de laatste dag van kamp vindt een hoop afvalverwerking plaats.\"",
            "categorie": ""
        },
        {
            "woord": "knetterbijl",
            "betekenis": "Een kettingzaag.",
            "prefix": "(de; v; meervoud: knetterbijlen; verkleinwoord: knetterbijltje)",
            "voorbeeldzin": "\"Dat doen we wel met de knetterbijl.\"",
            "categorie": ""
        },
        {
            "woord": "vuurplaat",
            "betekenis": "Een grote metalen plaat die uit het eerste jaar van Vinchem stamt en oorsprokelijk bij de oude steenfabriek weg komt.",
            "prefix": "(de; v; meervoud: vuurplaten; verkleinwoord: vuurplaatje)",
            "voorbeeldzin": "\"Kan de vuurplaat er al op?\"",
            "categorie": "Materiaal;Keuken"
        },
        {
            "woord": "blauwe container",
            "betekenis": "De container waar alle tenten in liggen.",
            "prefix": "(de; m; meervoud: blauwe containers; verkleinwoord: blauw containertje)",
            "voorbeeldzin": "\"Pak maar uit de blauwe container.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "kleine container",
            "betekenis": "De container waar het meeste gereedschap in ligt.",
            "prefix": "(de; m; meervoud: kleine containers; verkleinwoord: klein containertje)",
            "voorbeeldzin": "\"Kun je een schroevendraaier pakken uit de kleine container?\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "trekkerplankje",
            "betekenis": "Het plankje in het stamlokaal waar miniatuurtrekkers op staan.",
            "prefix": "(het; m; meervoud: trekkerplankjes)",
            "voorbeeldzin": "\"Is dit niks voor op het trekkerplankje?\"",
            "categorie": ""
        },
        {
            "woord": "Fendt",
            "synonym": "trekker"
        },
        {
            "woord": "kleine John Deere",
            "synonym": "trekker",
        },
        {
            "woord": "grote John Deere",
            "synonym": "trekker"
        },
        {
            "woord": "John Deere",
            "synonym": "trekker"
        },
        {
            "woord": "tractor",
            "synonym": "trekker"
        },
        {
            "woord": "trekker",
            "betekenis": "Een groot voertuig dat karren en dergelijke trekt. Bij Vinchem hebben we verschillende trekkers:<br><br>Fendt: een groene trekker van het merk Fendt<br>kleine John Deere: de trekker van Jaap en Martijn<br>grote John Deere: de enige trekker met cabine.",
            "prefix": "(de; m; meervoud: trekkers; verkleinwoord: trekkertje)",
            "voorbeeldzin": "\"Trekkers zijn mooie dingen.\"",
            "categorie": "Voertuigen"
        },
        {
            "woord": "ochtendverkenners",
            "betekenis": "Scoutgroep die bestond tussen seizoen 2006-2007 en 2010-2011 en haar opkomsten hield in de ochtend. Opvallend is dat de leden van de middagscouts scouts zijn en leden van de ochtendgroep verkenners. Zowel oud-leden als de huidige leden van de gehele scoutsgroep worden door ex-middagscouts vaak belachelijk gemaakt.",
            "prefix": "(de; mv)",
            "voorbeeldzin": "\"Wat een ochtendverkennersknoop!\"",
            "categorie": ""
        },
        {
            "woord": "middagscouts",
            "betekenis": "Scoutsgroep die bestond tussen seizoen 2006-2007 en 2010-2011. Hun afwachtende instelling werd soms onterecht voor luiheid aangezien. Oud-leden verzetten zich tegen het gebruik van woord 'verkenners' omdat dit niet meer officieel is.",
            "prefix": "(de; mv)",
            "voorbeeldzin": "\"Mag ik de verkennerswet?\" \"De scoutswet!\"",
            "categorie": ""
        },
        {
            "woord": "knuffelgeneratie",
            "betekenis": "Generatie van scouts en explorers die er moeite mee hebben niet elkaars handen vast te houden, danwel elkaar te knuffelen. Het opmerkelijke van deze generatie is dat geen van alle scouts een relatie heeft met elkaar.",
            "prefix": "(de; v; meervoud: knuffelgeneraties; verkleinwoord: knuffelgeneratietje)",
            "voorbeeldzin": "\"Stoppen en door bouwen, knuffelgeneratie!\"",
            "categorie": ""
        },
        {
            "woord": "forum",
            "betekenis": "Oud onderdeel van de Vinchem-site waar na de opkomst vaak door werd gepraat. Hierop was een post dat het 'Grote Scouting Vinchem Woordenboek' heette, waar deze app op gebaseerd is. Een paar jaar geleden was het forum niet meer bereikbaar en sindsdien is het niet meer opnieuw geopend.",
            "prefix": "(het; o; meervoud: fora; verkleinwoord: forumpje)",
            "voorbeeldzin": "\"Na scouting nog even op het forum?\"",
            "categorie": ""
        },
        {
            "woord": "waterscouts",
            "betekenis": "Stelletje prutsers die gekleed gaan in blauwe blouses (alle speltakken) en in de ogen van de buitenwereld alleen maar bezig zijn met bootjes en water. Voelen zichzelf vaak (onterecht) beter dan landscouts, terwijl landscouts zichzelf vaak (terecht) beter voelen dan waterscouts.",
            "prefix": "(mv)",
            "voorbeeldzin": "Waterscouts varen op een lelievlot.",
            "categorie": ""
        },
        {
            "woord": "regio",
            "betekenis": "Een gebied waarbij scoutinggroepen uit elkaars buurt samen activiteiten ondernemen, zoals een regiokamp. Officieel behoort heel Vinchem tot de regio Groningen Noord, maar de explorers wijken hier vanaf door mee te doen met de activiteiten van regio Groningen zuid.",
            "prefix": "(de; v; meervoud: regio's)",
            "voorbeeldzin": "\"Ik heb zo'n zin in regiokamp!\"",
            "categorie": ""
        },
        {
            "woord": "Fundays",
            "betekenis": "Jaarlijks driedaags evenement waar de Vinchem scouts, RSA en de stam om het jaar aan deelneemt. Tijdens het evenement kun je onbeperkt Walibi Holland in en daarnaast hebben alle campinggasten vrije toegang tot het feestterrein. In 1029 gingen de Fundays voor het eerst niet door.",
            "prefix": "(de; mv)",
            "voorbeeldzin": "\"Dat feest valt echt tegen!\"",
            "categorie": ""
        },
        {
            "woord": "duct tape",
            "betekenis": "Plastic tape die in principe elk probleem kan oplossen. Er wordt geroepen dat duct tape de wereld bij elkaar houdt.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"De kampeervaardigheid kan het gebruik van duct tape niet waarderen.\"",
            "categorie": ""
        },
        {
            "woord": "Svedlana",
            "betekenis": "De opblaaswalrus van de RSA. Aangeschaft bij de Action tijdens het zomerkamp in Beilen. Afgelopen NPK overleden aan anorexia mede door toedoen van de explorers van de Havik Groningen wiens begeleiding nog heeft geprobeerd haar te reanimeren met duct tape.",
            "prefix": "(v)",
            "voorbeeldzin": "\"We missen Svedlana heel erg.\"",
            "categorie": "Personen en dergelijke"
        },
        {
            "woord": "koempoelan",
            "betekenis": "Officiele NPK-vergadering. Vindt gedurende het jaar meerdere keren plaats.",
            "prefix": "(het; o; meervoud: koempoelans)",
            "voorbeeldzin": "\"Vanavond moet ik naar Veendam voor het koempoelan.\"",
            "categorie": ""
        },
        {
            "woord": "juttersfeest",
            "betekenis": "Stamfeest georganiseerd door scoutinggroep de Jutters uit Groningen. Het feest wordt traditioneel gehouden na elk voorjaarskoempoelan.",
            "prefix": "(het; o; meervoud: juttersfeesten)",
            "voorbeeldzin": "\"Wanneer is juttersfeest?\"",
            "categorie": ""
        },
        {
            "woord": "explofeest",
            "betekenis": "Een feest voor explorers. Vaak wordt de explorervariant van het juttersfeest bedoeld. Wordt georganiseerd door de explorers van de Jutters en vindt elk jaar plaats in februari of maart.",
            "prefix": "(het; o; meervoud: explofeest)",
            "voorbeeldzin": "\"Het thema van het explofeest is dit jaar ziekenhuis.\"",
            "categorie": ""
        },
        {
            "woord": "patrouilleleider",
            "betekenis": "Door de leiding verkozen persoon die als aanstuurder van de patrouille dient, en bovendien tussenpersoon voor de leiding en de patrouille.",
            "prefix": "(de; m; meervoud: patrouilleleiders)",
            "voorbeeldzin": "\"Ik hoop dat ik PL wordt!\"",
            "categorie": ""
        },
        {
            "woord": "PL",
            "synonym": "patrouilleleider"
        },
        {
            "woord": "assistent-patrouilleleider",
            "betekenis": "Helpt de patrouilleleider en is tevens zijn vervanger.",
            "prefix": "(de; m; meervoud: assistent-patrouilleleiders)",
            "voorbeeldzin": "\"Ik ben APL!\"",
            "categorie": ""
        },
        {
            "woord": "APL",
            "synonym": "assistent-patrouilleleider"
        },
        {
            "woord": "Potmaarbos",
            "betekenis": "Het stuk groen vlakbij het gebouw dat als canvas kan fungeren voor spellen zoals levend stratego of het breaklightspel.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"We gaan naar het Potmaarbos.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "fakkelverkoop",
            "betekenis": "De periode in het jaar die in het teken staat van de verkoop van de speciale scouting Vinchem fakkels.",
            "prefix": "(de; m; meervoud: fakkelverkopen)",
            "voorbeeldzin": "\"Scoutingfakkels staan mooi in de tuin.\"",
            "categorie": ""
        },
        {
            "woord": "NPK",
            "betekenis": "Staat voor Noordelijk PinksterKamp: een jaarlijks kamp dat zich plaatsvindt op de Marnewaard. Groepen uit Noord-Nederland komen samen voor vijf dagen kamperen op dit oefenterrein van het leger.",
            "prefix": "(het; o; meervoud: NPK's)",
            "voorbeeldzin": "\"Ga jij dit jaar naar het NPK?\"",
            "categorie": ""
        },
        {
            "woord": "kletspoot",
            "betekenis": "Een zeer vochtige voet en/of been. Een kletspoot ontstaat meestal door het uitglijden in een sloot.",
            "prefix": "(de; m; meervoud: kletspoten)",
            "voorbeeldzin": "\"Nee, h\u00e8. Een kletspoot!\"",
            "categorie": ""
        },
        {
            "woord": "spooktocht",
            "betekenis": "Een tocht door het donker waar welpen en scouts 's nachts voor wakker gemaakt worden die bijna ieder jaar wordt afgelast en toch door blijkt te gaan.",
            "prefix": "(de; m; meervoud: spooktochten)",
            "voorbeeldzin": "\"Is er dit jaar een spooktocht?\" \"Nee, er zitten everzwijnen in het bos!\"",
            "categorie": ""
        },
        {
            "woord": "teakoekjes",
            "betekenis": "Droge maar heerlijke biscuitjes voor bij de thee, vernoemd naar hun beschermvrouwe.",
            "prefix": "(mv)",
            "voorbeeldzin": "\"Krijgen we teakoekjes?\"",
            "categorie": ""
        },
        {
            "woord": "teabiscuits",
            "synonym": "teakoekjes"
        },
        {
            "woord": "uieren",
            "betekenis": "Meervoud van ui.",
            "prefix": "(mv)",
            "voorbeeldzin": "\"Ik snijd de uieren wel.\"",
            "categorie": ""
        },
        {
            "woord": "patrouillevulling",
            "betekenis": "Leden van een patrouille die geen (A)PL zijn.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik ben maar patrouillevulling...\"",
            "categorie": ""
        },
        {
            "woord": "PV",
            "synonym": "patrouillevulling"
        },
        {
            "woord": "wasplaats",
            "betekenis": "Zelden gebruikte locatie op het kampterrein voor lichaamsverzorging op NPK.",
            "prefix": "(de; v; meervoud: wasplaatsen)",
            "voorbeeldzin": "\"Is de wasplaats af?\"",
            "categorie": ""
        },
        {
            "woord": "Potmaarmeer",
            "betekenis": "Een prachtig stukje Winsumse natuur waar niks in kan leven. Dit zou kunnen worden verklaard door al het afwasmiddel dat wordt gebruikt voor buikglijden bij het overvliegen.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Gaan we overvliegen in het potmaarmeer?\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "rappo klappo",
            "betekenis": "Een motiverende kreet.",
            "prefix": "()",
            "voorbeeldzin": "\"Rappo klappo, chop, chop, chop!\"",
            "categorie": ""
        },
        {
            "woord": "sjorren",
            "synonym": "sjorring"
        },
        {
            "woord": "sjorring",
            "betekenis": "Een knoop waarbij tenminste twee palen aan elkaar worden gemaakt. Het maken van een sjorring heet sjorren en het eindigen ervan afsjorren.",
            "prefix": "(de; m; meervoud: sjorringen)",
            "voorbeeldzin": "\"Die sjorring is slap.\"",
            "categorie": ""
        },
        {
            "woord": "hudo",
            "betekenis": "Een toilet met een zitvlak dat uit palen bestaat met daaronder een gat. Wordt onterecht vaak verward met dixi's en chemische toiletten. Volgens velen komt hudo van 'houd uw darmen open' of een variant, maar dit is onjuist.",
            "prefix": "(de; m; meervoud: hudo's)",
            "voorbeeldzin": "\"Het is een hele tijd geleden dat Vinchem hudo's had op kamp.\"",
            "extra": "url:http:\/\/nl.scoutwiki.org\/Hudo",
            "categorie": ""
        },
        {
            "woord": "ontgroening",
            "betekenis": "Wanneer een verkenner naar de RSA gaat of een explorer naar de stam wordt deze ontgroend. Alles wat gebeurt tijdens de ontgroening dient strikt geheimgehouden te worden. Als werkwoord gebruikt men 'ontgroenen'.",
            "prefix": "(de; m; meervoud: ontgroeningen)",
            "voorbeeldzin": "\"De ontgroening was heel smerig.\"",
            "categorie": ""
        },
        {
            "woord": "afsjorren",
            "betekenis": "Het strak aantrekken van een knoop, zodat deze niet losschiet en de stellage in elkaar valt.",
            "prefix": "(werkwoord; sjorde af, heeft afgesjord)",
            "voorbeeldzin": "\"Sjor dat wat beter af!\"",
            "categorie": ""
        },
        {
            "woord": "waterstaat",
            "betekenis": "Plek in Winsum waar veel van het materiaal van scouting Vinchem staat opgeslagen. De functie van dit terrein zal in de loop der tijd worden overgenomen door de loods. Dit terrein is ook door een vooralsnog onbekende dader op provisorische wijze aangebracht op het RISK-bord.",
            "prefix": "()",
            "voorbeeldzin": "\"De kisten kunnen nog niet worden gecontroleerd, zij staan nog op waterstaat.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "schwalbe",
            "betekenis": "Feestent tijdens zomerkamp voor de stam en RSA.",
            "prefix": "(de; m; meervoud: schwalbes)",
            "voorbeeldzin": "\"Leidingranja drinken doe je in de Schwalbe.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "strafcorvee",
            "betekenis": "Corvee dat wordt opgelegd wanneer een lid de regels heeft overtreden. Soms doen leden dit expres.",
            "prefix": "()",
            "voorbeeldzin": "\"JA, JULLIE! STRAFCORVEE!\"",
            "categorie": ""
        },
        {
            "woord": "strafpot",
            "betekenis": "Een pot gevuld met briefjes met opdrachten die iemand die zich heeft misdragen moet uitvoeren.",
            "prefix": "(de; m; meervoud: strafpotten)",
            "voorbeeldzin": "\"Ga maar een briefje pakken uit de strafpot!\"",
            "categorie": ""
        },
        {
            "woord": "padflikker",
            "betekenis": "Geuzennaam voor padvinder. Alleen scouts mogen zichzelf zo noemen, gebruik van het woord door buitenstaanders wordt niet getolereerd.",
            "prefix": "(de; m; meervoud: padflikkers)",
            "voorbeeldzin": "\"padflikkers 4 life!!\"",
            "categorie": ""
        },
        {
            "woord": "zeef",
            "betekenis": "Variant van 'de kruk' op het exploerterrein tijdens NPK. Verkoopt geen drank, wel waterijs.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Het feest in de zeef valt erg tegen.\"",
            "categorie": ""
        },
        {
            "woord": "kruk",
            "betekenis": "De bar voor stam en leiding tijdens het NPK, niet toegankelijk voor jeugdleden. Bevindt zich in wat overdag ''t Seepeert' heet.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik kwam mijn tante tegen bij de kruk.\"",
            "categorie": ""
        },
        {
            "woord": "Hasellünne",
            "betekenis": "Een plaats in Duitland waar meeerdere zomerkampen van de groep plaatsvonden.",
            "prefix": "()",
            "voorbeeldzin": "\"Gaan we dit jaar weer naar Hasel\u00fcnne?\"",
            "categorie": ""
        },
        {
            "woord": "opkomst",
            "betekenis": "Een dag in de week waarbij alle leden van een speltak bij elkaar komen.",
            "prefix": "(de; m; meervoud: opkomsten)",
            "voorbeeldzin": "\"Wat gaan we op de volgende opkomst doen?\"",
            "categorie": ""
        },
        {
            "woord": "minikamp",
            "betekenis": "Kamp, vaak gehouden voorafgaand NPK om onder andere het bouwen van keukens en het opzetten van de tenten te oefenen, soms samen met andere groepen",
            "prefix": "(het; o; meervoud: minikampen)",
            "voorbeeldzin": "\"We hebben een minikamp met de Struners.\"",
            "categorie": ""
        },
        {
            "woord": "barkaartensysteem",
            "synonym": "barkaart"
        },
        {
            "woord": "barkaart",
            "betekenis": "Kaart waarmee een versnapering bij de bar gehaald kan worden. Bestaat uit twintig hokjes van 25cent en is in totaal vijf euro waard. Het is niet toegestaan om zonder toestemming te drinken van andermans barkaart. Tegenwoordig zijn er ook NFC-chips waarmee bij een speciale telefoon kan worden afgerekend.",
            "prefix": "(de; v; meervoud: barkaarten)",
            "voorbeeldzin": "\"De barkaarten liggen in de la.\"",
            "categorie": ""
        },
        {
            "woord": "regiokamp",
            "betekenis": "Kamp dat wordt gehouden met de regio, vaak in het begin van de herfst. Tijdens regiokamp worden er geen keukens gebouwd.",
            "prefix": "(het; o; meervoud: regiokampen)",
            "voorbeeldzin": "\"Regiokamp was awesome!\"",
            "categorie": ""
        },
        {
            "woord": "porta potti",
            "betekenis": "Klein mobiel toilet dat gebruikt wordt tijdens het NPK. Het legen ervan is voor sommigen een vervelende klus, maar voor anderen juist een zegen en/of onderhandelingsmiddel.",
            "prefix": "(de; m; meervoud: porta potti's)",
            "voorbeeldzin": "\"Nog even en dan stroomt de porta potti over.\"",
            "categorie": ""
        },
        {
            "woord": "smeervarken",
            "betekenis": "Leverpastei.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Kun je het smeervarken aangeven?\"",
            "categorie": ""
        },
        {
            "woord": "hollandse leeuw",
            "synonym": "leeuw van Vlaanderen"
        },
        {
            "woord": "Schop nooit zomaar tegen een eend",
            "betekenis": "Een lied:<br><br>Schop nooit zomaar tegen een eend<br>want een eend is ook iemand zijn moeder<br>die zwemt in een sloot of in een plas<br>of ergens anders waar het nat was<br>Nu denk je misschien \"Dit is het eind\"<br>Dat is het ook",
            "prefix": "()",
            "voorbeeldzin": "Gaan we 'Schop nooit zomaar tegen een eend' zingen?",
            "categorie": "Liedjes"
        },
        {
            "woord": "koning van Siam",
            "betekenis": "Een lied:<br><br>De koning van Siam die had het zo koud<br>Toen heeft hij zijn kop in de kachel gedouwd (2x)<br><br>Hij moest voor zijn vrouw nog wat boodschappen doen<br>Een pak lucifers en een lapje katoen (2x)<br><br>Hij kocht er toen ook nog een flesje azijn<br>Dat smaakt op de pudding verukkelijk fijn (2x)<br><br>Hij deed er dit alles al in een vergiet<br>Dat lekte wel wat maar dat hinderde niet (2x)<br><br>En toen hij weer thuis kwam toen zei er zijn vrouw<br>Ben jij nou een koning, wat heb ik aan jou (2x)<br><br>De koning van Siam die is nu kaput<br>Dat komt er nu van als je boodschappen doet (2x)",
            "prefix": "(de; m)",
            "voorbeeldzin": "Niemand kent de tekst van 'De koning van Siam'.",
            "categorie": "Liedjes"
        },
        {
            "woord": "NHW",
            "betekenis": "Afkorting die staat voor de Noordelijke Hike Wedstrijden, die worden gehouden rond de herfstvakantie, waar iedereen individueel aan deel kan nemen",
            "prefix": "(de; meervoud)",
            "voorbeeldzin": "\"NHW was dit jaar in Drouwenerzand.\"",
            "categorie": ""
        },
        {
            "woord": "woensdagdip",
            "betekenis": "De benaming voor de aandoening die op de woensdag van zomerkamp veel voorkomt. Een symptoom is luiheid.",
            "prefix": "(de; m; meervoud: woensdagdippen)",
            "voorbeeldzin": "\"Ik had last van een woensdagdipje.\"",
            "categorie": ""
        },
        {
            "woord": "spel",
            "betekenis": "Het doen van een wedstrijdje om zowel recreatieve als competitieve redenen waarbij het in het laatste geval meestal gaat om het verdienen van punten tijdens NPK (voor je subkamp) of zomerkamp (voor groepje).<br><br>Normaliter wint niet degene die het meest zijn best doet, maar degene die het slimst valsspeelt.<br><br>Voorbeelden van spellen zijn:<br>-Het burchtenspel<br>-Leeuw van Vlaanderen (Hollandse Leeuw)<br>-Blokjesspel<br>-Killerbal<br>-Levend stratego",
            "prefix": "(het; o; meervoud: spellen)",
            "voorbeeldzin": "\"Jullie mogen niet valsspelen!\"",
            "categorie": "Spellen"
        },
        {
            "woord": "HG-tentreiniger",
            "betekenis": "Tentschoonmaakmiddel, niet te gebruiken op scouting leden.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Waar is het gehakt gebleven?\"",
            "categorie": ""
        },
        {
            "woord": "akela-ranja",
            "betekenis": "Ranja, perfect gemaakt door Akela.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Hmm, dit is vast akela ranja!\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "loods",
            "betekenis": "Overdekte opslagplaats voor materiaal van scouting Vinchem.",
            "prefix": "(de; m; meervoud: loodsen)",
            "voorbeeldzin": "\"Wacht maar, als de loods er straks is...\"",
            "categorie": ""
        },
        {
            "woord": "t.c.v.",
            "betekenis": "Afkorting die staat voor Trekker Club Vinchem. Dit onderdeel van vereniging regelt alles omtrent de trekkers.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Dat moet de T.C.V. maar regelen.\"",
            "categorie": ""
        },
        {
            "woord": "exxploraxxion",
            "betekenis": "4-jaarlijks evenement voor RSA-groepen uit heel Nederland, georganiseerd door Scouting Nederland. Geeft de grote verschillen tussen scouting in verschillende delen goed weer en is ondanks de matige organisatie toch heel gezellig.",
            "prefix": "()",
            "voorbeeldzin": "\"Hebben jullie de Exxploraxxionisigne al?\"",
            "categorie": ""
        },
        {
            "woord": "'s koud",
            "betekenis": "Slechte woordgrap die wordt gebruikt om de lage temperatuur tijdens een opkomst aan te duiden.",
            "prefix": "()",
            "voorbeeldzin": "\"Het 's koud.\"",
            "categorie": ""
        },
        {
            "woord": "wafel",
            "betekenis": "Synoniem voor hashtag.",
            "prefix": "(de; m; meervoud: wafels)",
            "voorbeeldzin": "\"Wafel YOLO!\"",
            "categorie": ""
        },
        {
            "woord": "Heidi",
            "betekenis": "Een themabord van de RSA waarop een blonde vrouw staat afgebeeld, zij het in onjuiste verhoudingen. Is geschilderd tijdens het NPK-thema 'Tirol' en wordt sinds dit kamp elk jaar in desbetreffend thema met dito (en het liefst weinig verhullende) kleding geverfd. Desondanks begint de verf Heidi wat af te bladeren.",
            "prefix": "(v)",
            "voorbeeldzin": "\"Heidi moet ook nog geschilderd worden.\"",
            "categorie": ""
        },
        {
            "woord": "keukenkist",
            "betekenis": "Kist waarin al het voedsel en het bereidingsmateriaal is opgeslagen tijdens een kamp. Officieel moet het voedsel zich op de bovenste plank bevinden maar hier wordt in de praktijk vaak vanaf geweken. Tussen kampen door dient deze kist als opslagplaats voor meuk.",
            "prefix": "(de; v; meervoud: keukenkisten)",
            "voorbeeldzin": "\"Gooi het afwasmiddel maar in de keukenkist.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "snackbar 't Centrum",
            "betekenis": "Snackbar aan de rand van het Winsumer centrum, aan de W.A.Praediniusstraat. Vaak kortweg ''t Centrum' genoemd. De leden van scouting Vinchem zijn een vaste klant van deze snackbar.",
            "prefix": "()",
            "voorbeeldzin": "\"Nadat de opkomst was geweest, ging iedereen richting 't centrum.\"",
            "categorie": ""
        },
        {
            "woord": "Hello World!",
            "betekenis": "Een vreselijk lied, geschreven ter ere van Scouts2day. Bevat een aantal ernstige grammaticale misstapen en slechte vertalingen. Een exemplaar van scouting Vinchem is in de magnetron gestopt, om het voor eens en altijd te vernietigen.",
            "prefix": "()",
            "voorbeeldzin": "\"HELLO WORLD, WE HAVE A MISSION!\"",
            "categorie": ""
        },
        {
            "woord": "weerwolven van Wakkerdam",
            "betekenis": "Geliefd groepsspel voor binnen,waarbij alle spelers worden ingedeeld in weerwolven en burgers, allen inwoners van het fictieve plaatsje Wakkerdam. De groep die de andere groep als eerste in zijn geheel heeft uitgeroeid wint. Als extra spelelement kan men wanneer het 'nacht' is het licht uitdoen. Het spel wordt ook wel kort aan geduid met 'weerwolven'.",
            "prefix": "()",
            "voorbeeldzin": "\"De scouts speelden zaterdag weerwolven.",
            "categorie": "Spellen"
        },
        {
            "woord": "NLdoet",
            "betekenis": "Landelijk evenement waarbij geprobeerd wordt alle Nederlanders iets op vrijwillige basis te laten ondernemen. Ook bij Vinchem wordt er meegedaan aan NLdoet, inclusief alle merchandise. Verenigingen die meedoen aan NLdoet ontvangen subsidie.",
            "prefix": "()",
            "voorbeeldzin": "\"Het hekje is getimmerd tijdens NL doet.\"",
            "categorie": ""
        },
        {
            "woord": "Jantje Beton",
            "betekenis": "Goed doel dat samenwerkt met verenigingen waaronder scoutinggroepen door deze te laten collecteren en als beloning de helft van het collectegeld te schenken.",
            "prefix": "()",
            "voorbeeldzin": "\"Ik houd niet van collecteren voor Jantje Beton.\"",
            "categorie": ""
        },
        {
            "woord": "scoutingloterij",
            "betekenis": "Loterij georganiseerd door scouting Nederland, waarbij een deel van het opgehaalde geld aan de meewerkende scoutinggroepen wordt gegeven. Topverkopers van een scoutinggoep kunnen een badge verdienen.",
            "prefix": "(de; v; meervoud: scoutingloterijen)",
            "voorbeeldzin": "\"De hoofdprijs van de scouting loterij is dit jaar een auto.\"",
            "categorie": ""
        },
        {
            "woord": "Spar",
            "betekenis": "Supermarkt die het dichtste bij het scoutinggebouw ligt. De plek voor een snelle hap. Verkoopt ook heerlijke frikandelbroodjes.[Bron?]",
            "prefix": "(de; m; meervoud: Sparren)",
            "voorbeeldzin": "\"Ik ga naar de Spar, wil jij ook iets?\"",
            "categorie": ""
        },
        {
            "woord": "rommelmarkt",
            "betekenis": "Een markt die elk jaar aan het begin van het seizoen wordt georganiseerd door de groep om extra inkomsten binnen te halen. De weken voorafgaand staat het hele gebouw gevuld met rommel. De dag zelf wordt voor vrijwilligers traditioneel afgesloten met Chinees.",
            "prefix": "(de; v; meervoud: rommelmarkten)",
            "voorbeeldzin": "\"We hebben de hele dag rommelmarkt.\"",
            "categorie": ""
        },
        {
            "woord": "de groep",
            "synonym": "Vinchem"
        },
        {
            "woord": "Marnewaard",
            "betekenis": "Vaste locatie bij Lauwersoog voor het NPK. Wordt normaal gesproken gebruikt als oefenterrein voor defensie.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Met zijn allen op de fiets naar de Marnewaard voor NPK!\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "eindfeest",
            "betekenis": "Feest die aan het eind van NPK wordt gehouden bij alle speltakken. Vaak een knalfuif.",
            "prefix": "(het; o; meervoud: eindfeesten)",
            "voorbeeldzin": "\"Heb jij ook zo'n zin in het eindfeest?\"",
            "categorie": ""
        },
        {
            "woord": "ALDI",
            "betekenis": "Vaste leverancier voor al het voedsel tijdens kampen en opkomsten.",
            "prefix": "(de; m; ALDI's)",
            "voorbeeldzin": "\"Eerst nog even langs de ALDI.\"",
            "categorie": ""
        },
        {
            "woord": "Coma",
            "betekenis": "Supermarkt in Haselünne, waar vaak de boodschappen voor het zomerkamp gehaald worden, ondanks dat hij naast een ALDI staat.",
            "prefix": "(de; m; Coma's)",
            "voorbeeldzin": "\"Wie heeft die Coma-sticker op de koelkast geplakt?\"",
            "categorie": ""
        },
        {
            "woord": "Nash",
            "betekenis": "Snackbar in het centrum van Haselünne en een waardig vervanger van 't centrum tijdens zomerkamp. Alleen is de patat wat slap.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"De patat komt van de Nash.\"",
            "categorie": ""
        },
        {
            "woord": "pasta",
            "betekenis": "Vast gerecht tijdens een kamp,.zowel in de vorm van spaghetti als macaroni, met dan wel zonder zand.",
            "prefix": "()",
            "voorbeeldzin": "\"De middagscouts lieten de pasta op de grond vallen.\"",
            "categorie": ""
        },
        {
            "woord": "Haselünner Freibad",
            "betekenis": "Zwembad in Haselünne met zeer lage toegangsprijzen en mede daardoor een goed alternatief voor een douche tijdens zomerkamp. Ook de vaste plek voor het groepsuitje.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Gaan jullie straks ook mee zwemmen?\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "Rosanne",
            "betekenis": "Sint-Bernhard van Marcel die vaak aanwezig is in en rond het gebouw. Zeer vredelievend wezen en luistert uitstekend.",
            "prefix": "()",
            "voorbeeldzin": "\"Rosanne is lief, je kan haar best aaien.\"",
            "categorie": "Personen en dergelijke"
        },
        {
            "woord": "groepsuitje",
            "betekenis": "Activiteit die plaats vindt tijdens het Zomerkamp, met de gehele groep.",
            "prefix": "(het; o; meervoud: groepsuitjes)",
            "voorbeeldzin": "\"We gaan zwemmen met het groepsuitje.\"",
            "categorie": ""
        },
        {
            "woord": "bonte avond",
            "betekenis": "Avond tijdens zomerkamp (op donderdagavond) met vooral veel liedjes. Bekende oud-onderdelen van de avond zijn 'Eppe en Brendel' en het zomerkamplied.",
            "prefix": "(de; m; meervoud: bonte avonden)",
            "voorbeeldzin": "\"Het regent gelukkig niet tijdens de bonte avond.\"",
            "categorie": ""
        },
        {
            "woord": "zomerkamp",
            "betekenis": "Kamp dat altijd wordt georganiseerd in de eerste week van de basisschool vakantie en vindt de laatste jaren vaak plaats in Duitsland. Bij scouting Vinchem gaat met in tegenstelling tot veel anderen met de gehele groep op kamp, waarbij alle speltakken hetzelfde thema en programma hebben.",
            "prefix": "(het; o; meervoud: zomerkampen)",
            "voorbeeldzin": "\"Zomerkamp is altijd erg relaxed.\"",
            "categorie": ""
        },
        {
            "woord": "kookstaf",
            "betekenis": "Staf die zorgt voor de boodschappen en bereiding van het eten van zomerkamp en de boerenkooltocht.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Als je snel bent kan de kookstaf het nog voor je ophalen bij de COMA.\"",
            "categorie": ""
        },
        {
            "woord": "kampstaf",
            "betekenis": "Organisatoren van het Zomerkamp.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik heb geen idee, ik zal het de kampstaf vragen.\"",
            "categorie": ""
        },
        {
            "woord": "pannenkoek",
            "betekenis": "Heerlijk gerecht. Wordt altijd gegeten als het laatste gerecht op zomerkamp op vrijdagmiddag. Soms met een scheut kleurstof. Het is niet aan te raden deze te bakken op een houtvuur.",
            "prefix": "(de; m; meervoud: pannenkoeken)",
            "voorbeeldzin": "\"Pannenkoeken zijn mijn lievelingseten.\"",
            "categorie": ""
        },
        {
            "woord": "Berentzen",
            "betekenis": "Drankstokerij in Haselünne en in heel Nederland geroemd om haar apfelkorn. Verder een goede plek om drank in te slaan tijdens zomerkamp, gezien de zeer lage prijzen.",
            "prefix": "()",
            "voorbeeldzin": "\"De apfelkorn van Berentzen is erg lekker.\"",
            "categorie": ""
        },
        {
            "woord": "Becks lemon",
            "betekenis": "Verfrissense alcoholhoudende dorstlesser, grote favoriet tijdens het zomerkamp 2013. Helaas alleen verkrijgbaar in Duitsland.",
            "prefix": "()",
            "voorbeeldzin": "\"We moeten aan Jaap vragen of hij nog wat kratjes Becks lemon halen wil.\"",
            "categorie": ""
        },
        {
            "woord": "sok",
            "betekenis": "Kledingstuk waar het meeste waarde aan wordt gehecht tijdens een kamp, vooral ten tijde van slecht weer. Het is altijd aan te raden een flinke lading hiervan in je tas te stoppen.",
            "prefix": "(de; v; meervoud: sokken)",
            "voorbeeldzin": "\"Gelukkig zijn de sokken droog.\"",
            "categorie": ""
        },
        {
            "woord": "rode cola",
            "betekenis": "Een door Tea gebruikte verhullende term voor rode wijn.",
            "prefix": "()",
            "voorbeeldzin": "\"Tea zit weer aan de rode cola.\"",
            "categorie": ""
        },
        {
            "woord": "ontrgroenen",
            "betekenis": "ontgroening"
        },
        {
            "woord": "hunt",
            "betekenis": "Spel dat wordt gespeeld tijdens het regiokamp van de explorers waarbij deze worden gedropt. Als extraatje mogen zij niet worden gezien door voorbijkomende auto's waarin begeleiding zit. De hunt wordt ook wel gedaan rond het gebouw in aangepaste vorm.",
            "prefix": "(de; m; meervoud: hunts)",
            "voorbeeldzin": "\"Ik was verdwaald tijdens de hunt.\"",
            "categorie": ""
        },
        {
            "woord": "killerbal",
            "betekenis": "Spel waarbij eigenlijk alles mag, zolang je het doel van de tegenstander maar raakt met de bal.",
            "prefix": "()",
            "voorbeeldzin": "\"Killerbal is best wel ruig.\"",
            "categorie": "Spellen"
        },
        {
            "woord": "blokjesspel",
            "betekenis": "Spel waarbij een groep wordt onderverdeeld in twee teams en elke persoon van allebei de teams een individueel nummer krijgt. Beide teams hebben dezelfde nummers. De teams nemen plaats achter de lijnen. In het midden van het veld staat een bak op de middenlijn met een blokje dan wel een ander voorwerp erin. Wanneer door de spelleiders een getal wordt geroepen dienen de spelers met dit getal naar bak te rennen, zonder de middenlijn over te steken. Het is nu de bedoeling dat één van beiden het snelste het blokje pakt en terug rent naar zijn eigen lijn. Zodra de een het blokje heeft mag de ander de middenlijn oversteken om de ander af te tikken. Het team dat als eerste met het blokje over de lijn loopt of de ander aftikt krijgt een punt. Bij het roepen van de getallen mogen ook meerdere getallen worden geroepen of kunnen er rekensommen gegeven worden waarvan de uitkomst moet rennen.",
            "prefix": "(het; o; meervoud: blokjesspellen)",
            "voorbeeldzin": "\"Met haloween speelden we het blokjesspel met een spook in plaats van een blokje.\"",
            "categorie": "Spellen"
        },
        {
            "woord": "Annemaria Koekoek",
            "betekenis": "Een spel waarbij een speler tegen een muur of iets dergelijks staat, met de rug naar de andere spelers die zich verschansen achter een lijn. De speler bij de muur draait zich om na het uitspreken van de woorden 'Annemaria Koekoek' waarna alle andere spelers doodstil moeten staan. Staan ze niet stil, dan worden ze teruggestuurd naar de beginlijn. De spelers kunnen zich bewegen wanneer de persoon bij de muur met zijn/haar rug naar hen toe staat. Degene die de speler bij de muur als eerste aanraakt is de volgende 'Annemaria'",
            "prefix": "()",
            "voorbeeldzin": "\"De RSA speelde voorheen heel vaak annamaria koekkoek.\"",
            "categorie": ""
        },
        {
            "woord": "Leopold",
            "betekenis": "Heette voluit Leopold het afvoerputplantje en werd door explorers gered uit de afvoer van de bar waarin Leopold was gaan groeien, en vervolgens overgepot in een scoutingbeker. Werd een week later vermoord en in verre staat van ontbinding aangetroffen in het gebouw in een badje van bier en omringd met sigarettenpeuken. De daders zijn vooralsnog voortvluchtig.",
            "prefix": "()",
            "voorbeeldzin": "\"Leopold het afvoerputplantje in ons grote voorbeeld.\"",
            "categorie": ""
        },
        {
            "woord": "afvoerputplantje",
            "synonym": "Leopold"
        },
        {
            "woord": "matje",
            "betekenis": "Traditionele slaapondergromd tijdens een kamp. Blaast als het goed is (maar vaker niet) zichzelf op en neemt weinig plek in in de tent.",
            "prefix": "(het; o; meervoud: matjes)",
            "voorbeeldzin": "\"Mijn matje is niet goed opgeblazen.\"",
            "categorie": ""
        },
        {
            "woord": "luchtbed",
            "betekenis": "Niet geaccepteerd bedden tijdens een kamp omdat deze veel ruimte innemen in tenten die er gewoonweg niet is.",
            "prefix": "(het; o; meervoud: luchtbedden)",
            "voorbeeldzin": "\"Wil je tegen je moeder zeggen dat een luchtbed niet handig is?\"",
            "categorie": ""
        },
        {
            "woord": "veldbed",
            "betekenis": "Bed tijdens kampen voor degenen die gaan voor meer comfort of deze gebruiken in verband met (rug)klachten. Vooral gebruikt door stamleden en (bege)leiding.",
            "prefix": "(het; o; meervoud: veldbedden)",
            "voorbeeldzin": "\"Ik slaap lekker op een veldbed.\"",
            "categorie": ""
        },
        {
            "woord": "vlapakrugby",
            "betekenis": "Rugby waarbij in plaats van een bal een pak vla wordt gebruikt. Staat garant voor een grote bende en vieze kleren.",
            "prefix": "()",
            "voorbeeldzin": "\"Potje vlapakrugby?\"",
            "categorie": "Spellen"
        },
        {
            "woord": "kooktrofee",
            "betekenis": "Trofee bij de scouts die is te behalen tijdens het zomerkamp en wordt uitgereikt aan de patrouille die het lekkerste kookt. Deze kookwedstrijd vindt plaats op de woensdagavond na de hike.",
            "prefix": "(de; v; meervoud: kooktrofees)",
            "voorbeeldzin": "\"De panters winnen dit jaar de kooktroffee.\"",
            "categorie": ""
        },
        {
            "woord": "nest",
            "betekenis": "Alle welpen zijn onderdeel van een nest. Alle nesten zijn genoemd naar een kleur. De aanwezige nesten zijn: nest grijs, nest geel, nest oranje en nest paars.",
            "prefix": "(het; o; meervoud: nesten)",
            "voorbeeldzin": "\"Wij zijn van nest paars.\"",
            "categorie": ""
        },
        {
            "woord": "trofee",
            "betekenis": "Willekeurig voorwerp, vaak in thema van de wedstrijd, dat vlak voor de uitreiking nog snel is overgespoten met goudverf.",
            "prefix": "(m; v; meervoud: trofees)",
            "voorbeeldzin": "\"Ik heb de zaklooptrofee gewonnen!\"",
            "categorie": ""
        },
        {
            "woord": "bereidheidsverklaring",
            "betekenis": "Verklaring die wordt opgezegd door explorers tijdens de opening.<br><br>'Een explorer trekt er samen met anderen op uit om de wereld om zich heen te ontdekken en deze meer leefbaar te maken.<br>Met de inzet van mijn mogelijkheden en met eerbied voor alles wat leeft probeer ik de kansen die ik krijg te benutten.<br>Ik probeer zo goed mogelijk om te gaan met de middelen die mij ter beschikking staan.<br>Ik respecteer mijzelf en anderen.'<br><br>Slechts een verassend klein aantal explorers kent deze bereidheidsverklaring. Soms wordt er per ongeluk ook 'ik probeer de kansen die ik krijg zo goed mogelijk te benutten' gezegd, maar dit is onjuist. Sommige groepen zeggen in plaats van 'en anderen' 'en een ander'.",
            "prefix": "(de; v; meervoud: bereidheidsverklaringen)",
            "voorbeeldzin": "\"Mag ik de bereidheidsverklaring?\"",
            "categorie": ""
        },
        {
            "woord": "welpenwet",
            "betekenis": "Wet opgezegd door de welpen tijdens de opening.<br><br>'Een welp speelt samen met anderen in de rimboe.<br>Hij is eerlijk, trouw, houdt vol en zorgt goed voor de natuur.'<br><br>In modernere versies wordt 'rimboe' vervangen door 'jungle' maar hiervan is bij Vinchem geen sprake.",
            "prefix": "(de; v; meervoud: welpenwetten)",
            "voorbeeldzin": "\"Mag ik de welpenwet?\"",
            "categorie": ""
        },
        {
            "woord": "luchtscouts",
            "betekenis": "Onderdeel van scouting, dat gekleed gaat in grijze blousen en dat zich hoofdzakelijk bezig houdt met de lucht, maar waarvan het volstrekt onduidelijk is wat het nu eigenlijk doet. De enige luchtscoutsafdeling in het noorden zit in Leeuwarden.",
            "prefix": "()",
            "voorbeeldzin": "\"Luchtscouting is raar.\"",
            "categorie": ""
        },
        {
            "woord": "landscouts",
            "betekenis": "Onderdeel van scouting wat zich voornamelijk bezighoudt met het land. Scouting Vinchem houdt zich ook bezig met landscouting, al springen sommigen af en toe nog wel eens in het Potmaarmeer.",
            "prefix": "()",
            "voorbeeldzin": "\"Landscouts zijn de allerbeste!\"",
            "categorie": ""
        },
        {
            "woord": "scouting",
            "betekenis": "Hobby van ons allen, bedacht door de Engelsman Lord Baden Powell. Dient uitgesproken te worden zonder lidwoord, 'de scouting' wordt niet geaccepteerd en doet voor een lid bijna net zoveel pijn als 'de padvinderij'.",
            "prefix": "()",
            "voorbeeldzin": "\"Ik ga naar scouting.\"",
            "categorie": ""
        },
        {
            "woord": "sjaal",
            "betekenis": "Scheldwoord voor das, wordt hoofdzakelijk gebruikt door leken.",
            "prefix": "(de; m; meervoud: sjaals)",
            "voorbeeldzin": "Het is geen sjaal, het is een das!",
            "categorie": ""
        },
        {
            "woord": "stammotto",
            "betekenis": "Motto want door de stam wordt opgezegd tijdens de opening. Bestaat slechts uit de woorden 'ik dien'.",
            "prefix": "(het; o; meervoud: stammotto's)",
            "voorbeeldzin": "\"Het motto van de stam is moeilijk te onthouden.\"",
            "categorie": ""
        },
        {
            "woord": "teamleider",
            "betekenis": "Hoofd van de speltak, bij de scouts hopman en de welpen Akela genoemd.",
            "prefix": "(de; m; meervoud: teamleiders)",
            "voorbeeldzin": "\"Ik ga zo de teamleider installeren.\"",
            "categorie": ""
        },
        {
            "woord": "planning",
            "betekenis": "Overzicht waarop staat wat elke speltak elke week gaat doen.",
            "prefix": "(de; m; meervoud: planningen)",
            "voorbeeldzin": "\"Moet je even op de planning kijken.\"",
            "categorie": ""
        },
        {
            "woord": "DJB",
            "betekenis": "Onderdeel van de welpenopening. Wordt uitgesproken als 'djip'. Wordt aangevraagd met: 'Mag ik de DJB?'<br>Een welp antwoord met: 'Wij DJB, DJB, DJB, DJB' en de rest reageert met 'Wij DOB, DOB, DOB, DOB.'<br>DJB staat voor Doe Je Best en DOB voor Doen ons best.",
            "prefix": "(de; m; meervoud: DJB's)",
            "voorbeeldzin": "\"Mag ik de DJB?\"",
            "categorie": ""
        },
        {
            "woord": "DOB",
            "synonym": "DJB"
        },
        {
            "woord": "gevonden voorwerp",
            "betekenis": "Vast onderdeel van een kamp. De eigenaar van het gevonden voorwerp dient zonder morren liedje te zingen dan wel een yell te doen. In het geval van een verloren das twee.",
            "prefix": "(het; o; meervoud: gevonden voorwerpen)",
            "voorbeeldzin": "\"HET IS WEER TIJD VOOR DE GEVONDEN VOORWERPEN!\"",
            "categorie": ""
        },
        {
            "woord": "energy",
            "betekenis": "Vocht dat zoveel suiker bevat, dat het je in het geval van een brakke ochtend nog prima op de been houdt.",
            "prefix": "()",
            "voorbeeldzin": "\"Hij gaat aan de energy.\"",
            "categorie": ""
        },
        {
            "woord": "koffiefilter",
            "betekenis": "Wordt naast gebruik voor de bereiding van koffie bij scouting Vinchem ook gebruikt als chipsbakje.",
            "prefix": "(het; o; meervoud: koffiefilters)",
            "voorbeeldzin": "\"De koffiefilters liggen in de kast.\"",
            "categorie": ""
        },
        {
            "woord": "scoutingbeker",
            "betekenis": "De bekers op het gebouw, bijna allen met logo's van Scout-in. Erg goed stapelbaar.",
            "prefix": "(de; m; meervoud: scoutingbekers)",
            "voorbeeldzin": "\"Pak eens even wat scoutingbekers!\"",
            "categorie": ""
        },
        {
            "woord": "woef woef",
            "betekenis": "Kreet die door de welpenleiding wordt gebruikt om de welpenopening te beginnen. Hierna verstoppen alle welpen zich.",
            "prefix": "()",
            "voorbeeldzin": "\"Woef woef!\"",
            "categorie": ""
        },
        {
            "woord": "yalahi",
            "betekenis": "Kreet die door de welpenleiding wordt gebruikt om de verstopte welpen terug te roepen.",
            "prefix": "()",
            "voorbeeldzin": "\"YAALAAAHIIII!\"",
            "categorie": ""
        },
        {
            "woord": "scoutingranja",
            "betekenis": "Ranja die extreem veel water en weinig siroop bevat waardoor het naar water smaakt en er in een beker uitziet als troebel water. Niet alle ranja op scouting is scoutingranja; Akelaranja is een uitzondering.",
            "prefix": "()",
            "voorbeeldzin": "\"Bah, scoutingranja!\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "yell",
            "betekenis": "Vaak kort maar krachtige tekst om iets of iemand toe te schreeuwen, soms om deze te imponeren. De meeste groepen in het noorden hebben een groepsyell. Andere voorbeelden van yellen zijn de goedzo, het kwaliteitje en het happen. Het uitvoeren van een yell heet yellen.",
            "prefix": "(de; m; meervoud: yells)",
            "voorbeeldzin": "\"Jongens, even yellen!\"",
            "extra": "url:http:\/\/nl.scoutwiki.org\/Lijst_van_yells",
            "categorie": "Yells en kreten"
        },
        {
            "woord": "scouting Zeeland",
            "betekenis": "Naast de provincie ook een bestaande plaats in Noord-Brabant waar de alter ego van scouting Vinchem vandaan komt. 'Scouting Zeeland' zoals zij zichzelf gekscherend noemen is ook in het bezit van een eigen yell.<br><br>Z - dubbel E - L - A - N - D<br>Zeeland, zeeland, zeeland is oké<br>Say what?<br>ZEELAND!<br>Wat voor een eland?<br>ZEELAND!",
            "prefix": "()",
            "voorbeeldzin": "\"Wat voor een eland?\"",
            "categorie": ""
        },
        {
            "woord": "Zeeland",
            "synonym": "scouting Zeeland"
        },
        {
            "woord": "Winsum",
            "betekenis": "Sinds jaar en dag de vaste standplaats van scouting Vinchem. De scoutinggroep heet daarom ook vol uit scouting Vinchem Winsum.",
            "prefix": "()",
            "voorbeeldzin": "\"Zij gaat om half acht richting Winsum.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "aanmelden, zich",
            "betekenis": "Vast begin van een post. Men meldt zich aan met de de woorden: [naam van het groepje] meldt zich aan. Hiervoor worden meestal bonuspunten toegekend. Deze gang van zaken in in het zuiden van Nederland vaak ongebruikelijk.",
            "prefix": "(werkwoord, meldt zich aan, heeft zich aangemeld)",
            "voorbeeldzin": "\"Ho, wacht! Eerst aanmelden.\"",
            "categorie": ""
        },
        {
            "woord": "afmelden, zich",
            "betekenis": "Vast einde van een post. Men meldt zich af met de de woorden: '[naam van het groepje] meldt zich af'. Hiervoor worden meestal bonuspunten toegekend. Deze gang van zaken is net als aanmelden in het zuiden van Nederland vaak ongebruikelijk.",
            "prefix": "(werkwoord, meldt zich af, heeft zich afgemeld)",
            "voorbeeldzin": "\"We vergaten bijna ons af te melden.\"",
            "categorie": ""
        },
        {
            "woord": "scoutingschoon",
            "betekenis": "Misschien niet heel erg schoon, maar schoon genoeg. Wordt vaak gebruikt tijdens het afwassen, als iets schoon lijkt wordt het goedgekeurd. Populaire methode omdat het veel tijd bespaart en officieel nog geen slachtoffers heeft geëist.",
            "prefix": "()",
            "voorbeeldzin": "\"Het bord is scoutingschoon.\"",
            "categorie": ""
        },
        {
            "woord": "ruilspel",
            "betekenis": "Spel waarbij men begint met een klein voorwerp zoals een paperclip en uiteindelijk probeert door te ruilen tot een groot object.",
            "prefix": "(het; o; meervoud: ruilspelen)",
            "voorbeeldzin": "\"Het ruilspel is een leuke opkomst.\"",
            "categorie": "Spellen"
        },
        {
            "woord": "x-secondenregel",
            "betekenis": "Regel voor voedsel dat op de grond heeft gelegen zodat het weer geconsumeerd kan worden. X wordt vervangen door het aantal seconden dat het voedsel op de grond ligt, zodat er geen voedsel verspild wordt. Naarmate een kamp vordert, wordt x een groter getal.",
            "prefix": "(de; m; meervoud: x-secondenregels)",
            "voorbeeldzin": "\"Denk aan de vijftigsecondenregel!\"",
            "categorie": ""
        },
        {
            "woord": "ochtendgroep",
            "synonym": "ochtendverkenners"
        },
        {
            "woord": "hordehol",
            "betekenis": "Oude benaming voor welpenlokaal.",
            "prefix": "(het; o; meervoud: hordeholen)",
            "voorbeeldzin": "\"Hordehol is hopeloos ouderwets.\"",
            "categorie": ""
        },
        {
            "woord": "hordemiddag",
            "betekenis": "Oude benaming voor welpenopkomst.",
            "prefix": "(de; m; meervoud: hordemiddagen)",
            "voorbeeldzin": "\"De hordemiddag gaat niet door.\"",
            "categorie": ""
        },
        {
            "woord": "horde",
            "betekenis": "Benaming voor de welpen, exclusief leiding. Een groep wolven wordt ook een horde genoemd. Het is tevens een kreet om de welpen tot stilte te manen.",
            "prefix": "(de; v; meervoud: hordes; verkleinwoord: hordetje)",
            "voorbeeldzin": "\"HORDE!\"",
            "categorie": ""
        },
        {
            "woord": "padvinder",
            "betekenis": "Verouderde term voor het woord 'scout' en wordt tegenwoordig alleen nog gebruikt door leraren die zich proberen te interesseren voor je hobby.",
            "prefix": "(de; m; meervoud: padvinders; verkleinwoord: padvindertje)",
            "voorbeeldzin": "\"Zit jij bij de padvinderij?\"",
            "categorie": ""
        },
        {
            "woord": "padvinderij",
            "synonym": "padvinder"
        },
        {
            "woord": "smaak",
            "betekenis": "Benaming voor een hamburger speciaal.",
            "prefix": "()",
            "voorbeeldzin": "\"Wil je er smaak bij?\"",
            "categorie": ""
        },
        {
            "woord": "breaklightspel",
            "betekenis": "Eén van de oneerlijkste spellen binnen scouting. Het doel is in het donker geluidloos door het struikgewas een breaklight aan te raken. Maak jij, of wat veel vaker voorkomt, iemand achter je een geluid, dan wordt er op je geschenen en moet je terug naar het begin.",
            "prefix": "(het; o; meervoud: breaklightspellen; verkleinwoord: breaklightspelletje)",
            "voorbeeldzin": "\"Niet weer het breaklightspel, h\u0117?\"",
            "categorie": "Spellen"
        },
        {
            "woord": "dixi",
            "betekenis": "Een groot chemisch toilet, vaak gebruikt op zomerkamp. Begint na een aantal dagen vaak flink te stinken.",
            "prefix": "(de; m; meervoud: dixi's; verkleinwoord: dixietje)",
            "voorbeeldzin": "\"Gadsie, zij moeten de dixi's schoonmaken!\"",
            "categorie": ""
        },
        {
            "woord": "explogames",
            "betekenis": "Spelletjesmiddag voor explorers tijdens het NPK, als tegenhanger van de hike op dezelfde dag. De bedoeling is dat groepjes allemaal spelletjes doen en daarmee punten verdienen. Wordt altijd gehouden op zondagmiddag. De explogames zijn ongeveer gelijk aan het wisselschild voor de scouts.",
            "prefix": "(de; meervoud)",
            "voorbeeldzin": "\"Het gras zit altijd heerlijk tijdens de explogames.\"",
            "categorie": ""
        },
        {
            "woord": "wisselschild",
            "betekenis": "Spelletjesmiddag voor de scouts tijdens het NPK, als tegenhanger van de hike op dezelfde dag. De bedoeling is dat groepjes allemaal spelletjes doen en daarmee punten verdienen. Wordt altijd gehouden op zondagmiddag. Het wisselschild is ongeveer gelijk aan de explogames voor de RSA.",
            "prefix": "(het; o; meervoud: wisselschilden; verkleinwoord: wisselschildje)",
            "voorbeeldzin": "\"Tijdens het wisselschild moet je lang wachten.\"",
            "categorie": ""
        },
        {
            "woord": "herfsthike",
            "betekenis": "Scoutshike, tratitioneel gehouden in de herfst, die ongeveer een halve dsag duurt. Heeft soms een leuk thema.",
            "prefix": "(de; m; meervoud: herfsthikes; verkleinwoord: herfsthikeje)",
            "voorbeeldzin": "\"Het was gelukkig droog tijdens de herfsthike.\"",
            "categorie": ""
        },
        {
            "woord": "kampeerstandaard",
            "betekenis": "Standaard die behaald kan worden op het NPK bij de scouts en explorers, als het kampterreikampterrein aan een aantal voorwaarden voldoet. De kampeervaardigheid is bij de explorers moeilijker te behalen dan bij de scouts. Er wordt gezegd dat als je meerdere keren achtereen de kampeervaardigheid niet haalt je niet meer mee mag op NPK, maar hier zijn geen voorbeelden van te noemen.",
            "prefix": "(de; m; meervoud: kampeerstandaarden; verkleinwoord; kampeerstandaardje)",
            "voorbeeldzin": "\"Gelukkig hebben we onze kampeervaardigheid gehaald!\"",
            "categorie": ""
        },
        {
            "woord": "Noordelijke Hike Wedstrijden",
            "synonym": "NHW"
        },
        {
            "woord": "Het is een nacht",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2009 met het thema 'Asterix en Obelix', op de melodie van het gelijknamige lied van Guus Meeuwis.<br><br>De tekst (uit herinneringen gereconstrueerd en daarom niet compleet):<br><br>\"Ik lig in mijn tent, een drup op het doek<br>Ik wil wel gaan slapen, maar mijn slaapzak is zoek<br>Hier is een been, en hier is een arm<br>Slaapzak gevonden, hij ligt lekker warm<br>Ik vraag: mag ik wat chips<br>Maar de leiding zegt dan tegen ons: 'Dat vinden we niks<br>De schemering, <br>De leiding die zeurt<br>We hebben al straf...<br>Maar we zijn nog niet getreurd!<br><br>Het is een nacht<br>Die je normaal alleen in films ziet Het is een nacht<br>Die wordt bezongen in het mooiste lied Het is een nacht waarvan ik dacht dat ik hem<br>Nooit beleven zou<br>Maar vannacht beleef ik hem<br>Met jou<br><br>We staan nu buiten, het is koud en nat<br>We mogen niet praten, maar toch zeggen we wat<br>-------<br>-------------<br>Energy, in de WC<br>Dat deden we niet, maar we hadden het wel mee!<br>(Nee, we hadden het niet mee)\"",
            "prefix": "()",
            "voorbeeldzin": "-",
            "categorie": ""
        },
        {
            "woord": "Op naar MCO",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2010 met het thema 'Op naar MCO', op de melodie van 'Stick to the status quo'.<br><br>De tekst is niet compleet omdat hij is gereconstrueerd uit herinneringen.<br><br>REFREIN:<br>\"No, no, no, no, no, no, no<br>Op naar MCO<br>We hebben veel pijn<br>en dat is niet fijn<br>Dus op naar MCO<br>Genezen, dat doen we zo!<br><br>Jongens we hebben er één<br>en hij is niet fake<br>Ja, we hebben alweer een teek<br>De vijfde alweer, <br>we stuit'ren op en neer<br>En van vreugde omdat het geen vuiltje bleek<br>We noemen de naam niet van deze gek<br>Een inrichting is goed",
            "prefix": "()",
            "voorbeeldzin": "-",
            "categorie": ""
        },
        {
            "woord": "Kamp, kamp, kamp",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2011 met het thema 'Een reis door de tijd', op de melodie van 'Cash' (van de gelijknamige musical).<br><br>De tekst is niet compleet omdat hij gereconstrueerd uit herinneringen.<br><br>REFREIN:<br>Kamp, kamp, kamp<br>Het is een dolle feestboel<br>Kamp, kamp, kamp<br>Er gaat van alles mis<br>Kamp, kamp, kamp<br>Dat zorgt voor veel geschater<br>Kamp, kamp, kamp<br>Het is zoals het is<br><br>En Roald, ja, dat was me wat<br>Na het smokkelspel<br>Hij faalde hard als tikkertje<br>Smokkelspel<br>Hij rende in een bramenstruik<br>en dat vond hij niet fijn<br>--------<br>Vaseline voor de pijn",
            "prefix": "()",
            "voorbeeldzin": "-",
            "categorie": ""
        },
        {
            "woord": "We hielpen de Maya's",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2012 met het thema 'Op reis naar de Maya's', op de melodie van 'Summer Paradise'.<br><br>Deze tekst is niet compleet omdat hij is gereconstrueerd uit herinneringen.<br><br>We denken te-rug aan de middag-<br>tijd met Anton, Roald en Martijn<br>NPK met Peter, paalzitten werkt beter<br>dan de straffen die we dit jaar moesten doen<br>Want dreigen, Gadaffi is er niks bij<br>maar met straffen, CU stemt vast voor<br><br>REFEIN:<br>We hielpen de Maya's<br>Een mayatastische tijd<br>Het was een machtig mooi kamp<br>Applausje voor de stam<br>En we denken straks terug<br>Terug aan zomerkamp met uhuhu<br>En de beste was -Eigen groep invullen-<br>Maar waar was nu Roald?<br><br>Op een mooie avond kwam de leiding<br>Komt allemaal maar uit die facking tent<br>Lijntje maken, stil ons volgen<br>Geen straffen maar iets ergers in het zand<br>En Jelmer, klagend over scouting<br>Dus die jongen zien we nooit meer terug!<br><br>De pet van tante Jet/rond het kampvuur<br>Mag hij mee, ik heb echt geen idee<br>-------<br>--------<br>--------<br>--------",
            "prefix": "()",
            "voorbeeldzin": "-",
            "categorie": "Liedjes"
        },
        {
            "woord": "Witte veder",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2013 met het thema 'Cowboys en Indianen', op de melodie van het koningslied.<br><br>Daar staan we dan<br>gestopt op de fiets door een schattige kitten<br>En daar is het dan<br>Nog meer uit de bosjes, het is een gigantische groep<br>Mag ik ze houden?<br>Annigje, alsjeblieft?<br><br>Daar sta je dan<br>(Wat zijn scouts toch verschrikkelijke stumpers)<br>De vuurtafel dondert alweer naar beneden<br>(Ochtendscouts kunnen niet knopen)<br>Daar is het dan<br>Swaggerpettie is een eenmansbordeel met swag<br>Kan hij normaal doen<br>Zal hij dat ooit echt zijn<br><br>REFREIN:<br>Witte Veder zei \"Wie wint<br>kan op mijn plaats komen staan\"<br>En de bizons zijn gelukkig ook weer terug<br>We eten onze buiken rond<br>Het irokezenopperhoofd<br>Maar de besta was -Eigen groep invullen-<br><br>Twee slaapzakken, drie welpen<br>Domme Kaa die z'aan sisal ging helpen<br>Twee leidinks, 1 Akela, ze sliepen hen kon het niet schelen<br>Zij aan zij, borst vooruit, trots als een pauw, zonder geluid<br>En hoe klein ze ook zijn,<br>Hun daden waren groot, gaan niet onderuit<br>Voor jou, mijn welp, voor Kaa, voor Oe<br>Knoop je slaapzak door wind en regen, en zal<br>Jullie nakken zolang jullie bestaan<br>Bouw een bultje met elkaar<br>En hou de kou bij jullie vandaan<br><br>Alle spullen uit de tas<br>Piramide in de tent<br>Port'monnee en pasjes, we zijn nog steeds op zoek<br>Een bult van meuk kunnen wij ook<br>Ondervond de witte tent<br>Camouflage van luifel met paal<br>Mooie glazen, Eiscafé<br>Valkins ranja, zo doorheen<br>Christiaans pizza bevatte een haar<br><br>De V van Vinchem<br>Twee vingers in de lucht, kom op, kom op<br>De V van Vinchem is de V van Wij<br>Witte Veder staat aan onze zij<br>De V van Valsspelen bij een spel<br>De burchtenregels verand'ren snel<br>De V van altijd Vrolijk zijn<br>Ook al doet je pees of hoofd soms pijn<br>De V van Vinchem, de V van Vinchem<br>De V van spijkermeppen doen<br>De RSA nog niet ontgroen'<br>De V van Vega's accepteren<br>En zeggen dat ze vlees eten moeten leren<br>De V van huilie huilie doen<br>Wraps met chili en kalkoen<br>En dus zingen we vandaag van:<br><br>Refrein<br><br>Enge spooktocht in het bos<br>Giech'lende bosjes spuiten nat<br>Veders demoon eruit gerukt<br>Lag te branden op het vuur<br>Ja, benzine brandt echt zeer goed<br>Arie's haar mooi groen geverfd<br>Een verrader van zijn stam<br>Maar het gaat uiteraard om de lol<br>Ja, het gaat uiteraard om de lol",
            "prefix": "()",
            "voorbeeldzin": "-",
            "categorie": "Liedjes"
        },
        {
            "woord": "waslijn",
            "betekenis": "Uiterst nuttig onderdeel van het kampterrein, waaraan alle natte was wordt opgehangen. Bestaat vaak alleen uit twee palen met daartussen een touw. Er bevindt zich ook een waslijn in het gebouw, in het stam-/RSA-lokaal. Deze zorgt er af en toe voor dat opkomsten verlopen tussen de drogende handdoeken.",
            "prefix": "(de; m; meervoud: waslijnen)",
            "voorbeeldzin": "\"Er is gisteren alvast een waslijn gepionierd.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "pispaaltje",
            "betekenis": "Voormalig algemeen groepspispaaltje wat zich buiten op het terrein van scouting Vinchem bevond. Was voorzien van een Fraeylema logo en is ontvreemd door een onwetend lid van dezelfde scoutinggroep.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Waar is het pispaaltje gebleven?\"",
            "categorie": ""
        },
        {
            "woord": "BVO'tje",
            "betekenis": "Afkorting die staat voor Borrel Voor Onderweg. Borrel wordt bij scouting Vinchem vaak vervangen door Biertje. Is een biertje dat je bij je hebt op weg van punt A naar B. Een BVO'tje is op NPK verboden.",
            "prefix": "(het; o; meervoud: BVO-tjes)",
            "voorbeeldzin": "\"Wacht even. Nog even een BVO'tje pakken.\"",
            "categorie": ""
        },
        {
            "woord": "Hummeltje",
            "betekenis": "Benaming voor een zeer kleine trekker met een dikke uitlaat die nu niet meer bij scouting Vinchem aanwezig is.<br>",
            "prefix": "()",
            "voorbeeldzin": "\"Even met het hummeltje over het grasveld scheuren.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "vijf-uurtje",
            "betekenis": "Term die vaak wordt gebruikt op Zomerkamp waarmee door stamleden wordt aangegeven dat het toch echt tijd wordt voor een biertje na een dagje hard werken.",
            "prefix": "(het; o; meervoud: vijf-uurtjes)",
            "voorbeeldzin": "\"Kom, tijd voor een vijf-uurtje!\"",
            "categorie": ""
        },
        {
            "woord": "lijntje (opruimstrategie)",
            "betekenis": "Het gebruik dat aan het eind van een kamp een groep mensen naast elkaar gaan staan en stapvoets naar voren lopen om afval of onregelmatigheden op te sporen. ",
            "prefix": "(het; o; meervoud: lijntjes)",
            "voorbeeldzin": "\"Even een lijntje maken!\"",
            "categorie": ""
        },
        {
            "woord": "chop chop chop",
            "betekenis": "Een motiverende kreet. Zie ook rappo klappo.",
            "prefix": "()",
            "voorbeeldzin": "\"Rappo klappo, chop, chop, chop!\"",
            "categorie": "Yells en kreten"
        },
        {
            "woord": "stam-\/RSA-lokaal",
            "betekenis": "Lokaal in het midden van het gebouw, waarin de opkomsten van de stam en RSA vaak worden gehouden. Is in het bezit van een bar en tevens het kleinste lokaal dat het gebouw bezit.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"De kist staat in het stamlokaal.\"",
            "categorie": ""
        },
        {
            "woord": "scoutslokaal",
            "betekenis": "Lokaal waarin de scouts hun opkomsten hebben. Er bevindt zich ook een ruime zolder.",
            "prefix": "(het; o)",
            "voorbeeldzin": "",
            "categorie": "Plaatsen"
        },
        {
            "woord": "welpenlokaal",
            "betekenis": "Lokaal waar de welpen hun opkomsten hebben. Werd vroeger ook wel hordehol genoemd.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"De schoonmaakkast staat in het welpenlokaal.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "schoonmaakkast",
            "betekenis": "Kast in het welpenlokaal waarin alle WC-rollen, afwasmiddel en andere schoonmaakspullen staan opgeslagen.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Als je een afwassponsje wil, moet je even naar de schoonmaakkast lopen.\"",
            "categorie": ""
        },
        {
            "woord": "lustrum",
            "betekenis": "Evenement dat elke vijf jaar plaats vindt waarbij het oprichtingsjaar van vinchem (1986) het beginjaar is. Tijdens het lustrum wordt het zoveel-jarig-bestaan van Vinchem gevierd met een keur aan activiteiten. De festiviteiten worden meestal gevierd in de maand maart, de maand waarin Vinchem is opgericht.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"In 2011 had Vinchem het 25-jarig lustrum.\"",
            "categorie": "Activiteiten"
        },
        {
            "woord": "sisal",
            "betekenis": "Touw dat wordt gebruikt voor het pionieren, meestal van objecten waarbij vuur een rol spelen zoals de vuurtafel. Gewoon piotouw is te duur om hiervoor te gebruiken in verband met verbrandingsgevaar. Sisaltouw wordt geproduceerd in Brazili\u00eb en komt van de sisalplant.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"De bovenste knopen van de vuurtafel doen we met sisal.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "sisalbol",
            "betekenis": "Een bol opgerolde sisal. Kost €15,50.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Hoeveel kost een sisalbol?\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "kloofbijl",
            "betekenis": "Bijl die wordt gebruikt om grote blokken hout doormidden te splijten, het zogenaamde 'kloven'.",
            "prefix": "(de; m; meervoud: kloofbijlen)",
            "voorbeeldzin": "\"Men mag de kloofbijl niet over het terrein laten slingeren.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "grondboor",
            "betekenis": "Boor met een gedraaid uiteinde waarmee men gaten in de grond kan boren om er palen in te kunnen slaan. De palen staan door de diepte steviger en zullen het pionierwerk stevigheid verlenen.",
            "prefix": "(de; m; meervoud: grondboren)",
            "voorbeeldzin": "\"De grondboren liggen in de palenkar.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "kruiwagen",
            "betekenis": "De kruiwagen kan worden gebruikt voor het vervoeren van zand of het halen van water met de jerrycans. Ook een prima stoel.<br>",
            "prefix": "(de; m; meervoud: kruiwagens)",
            "voorbeeldzin": "\"De kruiwagen is zo lek als een mandje.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "handbijl",
            "betekenis": "Een klein bijltje voor het hakken van klein hout. Door de wrijving kunnen er blaren op de handen ontstaan.",
            "prefix": "(de; m; meervoud: handbijlen)",
            "voorbeeldzin": "\"De handbijl zit vast in het hakblok.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "hakblok",
            "betekenis": "Blok waarop hout wordt gehakt. Zorgt voor een veilige ondergrond.",
            "prefix": "(het; o; meervoud: hakblokken)",
            "voorbeeldzin": "\"Het houtblok zit vast met houten haringen.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "hakplaats",
            "betekenis": "Plaats op een kamp waar veilig kan worden gehakt. Is afgezet met een lijntje van sisaltouw.",
            "prefix": "(de; m; meervoud: hakplaatsen)",
            "voorbeeldzin": "\"Het is weer een taffesrotzooi in de hakplaats.\"",
            "categorie": "Plaatsen"
        },
        {
            "woord": "legertent",
            "betekenis": "Grote vaalgroene tent die bijna elke functie op een kamp kan vervullen. Kost duizend euro.",
            "prefix": "(de; m; meervoud: legertenten)",
            "voorbeeldzin": "\"De legertent is echt superzwaar.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "Yucatan",
            "betekenis": "Grote piramidetent waarin de explorers vaak slapen tijdens een kamp. Ook 'Jacala' genoemd.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"De Yucatan is lekker ruim.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "Jacala",
            "synonym": "Yucatan"
        },
        {
            "woord": "bolderkar",
            "betekenis": "Een niet zo stevig karretje op vier wielen dat vaak wordt gebruikt voor het vervoer van jerrycans.",
            "prefix": "(de; m; meervoud: bolderkarren)",
            "voorbeeldzin": "\"De bolderkar is nogal kapot.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "tafel (kamp)",
            "betekenis": "Een gepionierde tafel waarbij de banken meestal te laag of te hoog zijn gebouwd. Vervult ook de taak van bereidingstafel, waardoor die vaak onnodig is.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik snijd liever aan de tafel dan aan de bereidingstafel, want dan kan ik zitten.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "kookplaat",
            "synonym": "vuurplaat"
        },
        {
            "woord": "das van Mathijs Miedema",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2014 met het thema 'Maffia', op de melodie van 'Het gras van het Noorderplantsoen'. Gezongen door Rolf, Anne-Jan en Thomas onder begeleiding van een valse ukelele-gitaar. 'Mathijs Miedema' blijkt het enige rijmwoord te zijn op Fraelema, vandaar deze keuze.<br><br><br>De wasplaats is af<br>Wordt helaas nooit gebruikt<br>Mathijs ligt alleen op het dak<br>Annigje staat beneden<br>Ze zegt 'Schiet toch op!<br>Straks is het eten verbrand'<br><br>De RSA natgeregend<br>Hun hike gaat niet door<br>De scouts staan al klaar om te gaan<br>Vuurwerk in 't dorp<br>De aanstekervlam<br>En Rolf hinkt er net achteraan<br>(achteraan)<br><br>REFREIN:<br>Want als ik weg ben dan mis ik de palen<br>Spelletjes spelen en zand op gaan halen<br>Ik mis de stam en de welpen<br>RSA, scouts behelpen<br>Het was een supermooi kamp<br>Geen Jutters, laat staan Fraelema<br>Doe mij maar de das, de das van Mathijs Miedema.<br><br>In Hasel\u00fcne, ja, daar ligt een Nasch<br>Die altijd de geur van de stam heeft gehad<br><br>Refrein<br><br>Eten in de Nasch<br>De toetjes zijn op<br>Er is dus niet meer cr\u00e8me br\u00fbl\u00e9e<br>En bij de Hoppe<br>Lego-catalogus<br>Kastelen enzo in 3D<br>(in 3D)<br><br>Refrein",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"'Camera', 'achterna' en 'bijna' rijmen toch ook gewoon op Fraelema?\"",
            "categorie": "Liedjes"
        },
        {
            "woord": "afvoerputje",
            "betekenis": "Gat in de grond in de hoek van een gepionierde keuken waar men vloeistoffen die gebruikt zijn tijdens het koken in kan gieten. Tegenwoordig wordt dit op last van de kampeervaardigheid van NPK vaak vervangen door een emmer. Dient netjes opgeruimd te blijven en te worden ontdaan van eventuele etensresten, hetgeen meestal niet gebeurd.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Het afvoerputje is bedekt met stukjes mexicomix.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "lijntje (omheining)",
            "betekenis": "Een omheining van sisaltouw die verschillende delen van het kampterrein van elkaar scheidt. Dient gerespecteerd te worden, maar vooral andere groepen respecteren het lijntje meestal niet en stappen er zonder pardon over heen.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Heb respect voor het lijntje!\"",
            "categorie": "Keuken"
        },
        {
            "woord": "pannenrekje",
            "betekenis": "Rekje voor het opbergen van pannen in de keuken, omdat deze niet meer in de keukenkist passen.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Het pannenrekje is een beetje scheef.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "foeragetent",
            "betekenis": "Plek op kamp waar eten en materiaal (foerage) wordt opgeborgen tijdens een kamp. De schrijfwijze van het woord is enigzins onduidelijk.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Hoe schrijf je fourage?\"",
            "categorie": ""
        },
        {
            "woord": "fouragetent",
            "synonym": "foeragetent"
        },
        {
            "woord": "foerage",
            "synonym": "foeragetent"
        },
        {
            "woord": "fourage",
            "synonym": "foeragetent"
        },
        {
            "woord": "jerrycanrekje",
            "betekenis": "Rekje voor jerrycans, meestal gepionierd onder de bereidingstafel.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"De jerrycans zijn veel te zwaar om ze in het rekje te tillen.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "tijdcapsule",
            "betekenis": "Een capsule begraven op het terrein van scouting Vinchem met attributen van de toenmalige leden. Een herinnering hieraan is opgehangen in het stamlokaal.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Ik heb echt geen flauw idee waar ze die tijdscapsule begraven hebben.\"",
            "categorie": ""
        },
        {
            "woord": "Grolsch",
            "betekenis": "Eén van de twee bieren die wordt gedronken bij scouting Vinchem. Drinkers van dit bier zijn er van overtuigd dat Grolsch beter is dan Hertog-Jan.",
            "prefix": "()",
            "voorbeeldzin": "\"Er staan nog kratten Grolsch onder het gebouw.\"",
            "categorie": ""
        },
        {
            "woord": "Hertog-Jan",
            "betekenis": "Eén van de twee bieren die wordt gedronken bij scouting Vinchem. Drinkers van dit bier zijn er van overtuigd dat Hertog-Jan beter is dan Grolsch.",
            "prefix": "()",
            "voorbeeldzin": "\"De kratten Hertog-Jan kratten moeten nog bij de Albert Heijn worden ingeleverd.\"",
            "categorie": ""
        },
        {
            "woord": "importscout",
            "betekenis": "Een scout bij een Nederlandse scoutinggroep, afkomstig uit een ander land. Dit fenomeen komt de laatste jaren steeds meer voor, ook Vinchem heeft een importscout gehad; de Italiaanse Valeria.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Het accent van onze importscout is best geniaal.\"",
            "categorie": ""
        },
        {
            "woord": "uit de kring",
            "betekenis": "Liedje wat wordt gezongen als iemand om wat voor reden dan ook de kring moet verlaten. De tekst bestaat alleen uit de drie woorden 'Uit de kring' die men herhaaldelijk zingt op de melodie van 'Schop nooit zomaar tegen eend'.<br><br><br>Uit de kring, uit de kring, uit de kring<br>Uit de kring, uit de kring, uit de kring<br>Uit de kring, uit de kring, uit de kring<br>Uit de kring, uit de kring<br>Uit de kring, uit de kring, uit de kring<br>Uit de kring<br>",
            "prefix": "()",
            "voorbeeldzin": "\"Uit de kring\"",
            "categorie": "Liedjes"
        },
        {
            "woord": "Annigje-taartlijst",
            "betekenis": "Een lijst van laatkomers bij de explorers. Bij elke drie keer te laat moet er een taart worden meegenomen. tevens telt het niet meenemen van een uniform of das ook mee voor een streepje. De lijst draagt de naam van haar bedenkster; Annigje.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"HA! Je hebt drie streepjes op de taartlijst!\"",
            "categorie": ""
        },
        {
            "woord": "tosti",
            "betekenis": "Vaak voorkomend middag- en ochtendgerecht bij de explorers, bestaande uit kaas en/of ham en brood, en afhankelijk van de persoon die de tosti maakt; een lading boter. Word meestal gebakken in een pan, maar er bestaan ook apparaten voor.",
            "prefix": "(de; m; meervoud: tosti's)",
            "voorbeeldzin": "\"Zo, van de hoeveelheid boter op deze tosti krijg je spontaan hart- en vaatziekten.\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "tosti's bouwen",
            "betekenis": "Andere benaming voor het maken van tosti's.",
            "prefix": "(werkwoord; bouwde, gebouwd)",
            "voorbeeldzin": "\"Wie gaat die tosti's even bouwen?\"",
            "categorie": ""
        },
        {
            "woord": "bikken",
            "betekenis": "Informeel woord voor het werkwoord eten.",
            "prefix": "(werkwoord; bikte; gebikt)",
            "voorbeeldzin": "\"In de foerage staat vast wel iets te bikken.\"",
            "categorie": ""
        },
        {
            "woord": "diepvriestaart",
            "betekenis": "Populaire taart op scouting vanwege de zeer lage prijs. Word vaak bevroren gegeten, omdat deze vaak regelrecht uit het koelvak van de ALDI mee naar scouting wordt genomen, iets waar andere personen graag over zeuren.",
            "prefix": "(de; m; meervouw: diepvriestaarten)",
            "voorbeeldzin": "\"Zo! Heerlijk! Bevroren diepvriestaart!\"",
            "categorie": "Voedsel"
        },
        {
            "woord": "schild",
            "betekenis": "Bord met het teken van een groep of patrouille. Kan ook worden gebruikt als themamateriaal.",
            "prefix": "(het; o; meervoud: schilden)",
            "voorbeeldzin": "\"Je moet stoppen met het schild gebruiken als wapperplankje.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "wapperplankje",
            "betekenis": "Plankje om het vuur te voorzien van extra zuurstof, zodat het overslaat naar andere takjes en groter en warmer wordt. Kan zowel bestaan uit een stuk karton, een pannendeksel als bijvoorbeeld een stuk themamateriaal. Waar de wapperplankjes",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Kun je me het wapperplankje even aangeven?\"",
            "categorie": ""
        },
        {
            "woord": "themamateriaal",
            "betekenis": "Materiaal, vaak alleen planken, de geschilderd zijn in het thema van het kamp om het kampterrein wat meer aankleding te geven.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Het themamateriaal moet nog worden opgeladen.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "verjaardagsopkomst",
            "betekenis": "Opkomst waarin een speltak alle verjaardagen van de leden tegelijk viert, je kunt immers niet genoeg feestjes hebben.",
            "prefix": "(de; m; meervoud: verjaardagsopkomsten)",
            "voorbeeldzin": "\"We gaan weer heerlijke budgetcake eten tijdens de verjaardagsopkomst.\"",
            "categorie": ""
        },
        {
            "woord": "filmopkomst",
            "betekenis": "Een opkomst waarbij de speltak gezamenlijk een film gaat bekijken. dit kan zowel via de beamer als het gigantische beeldscherm in het stamlokaal.",
            "prefix": "(de; m; meervoud: filmopkomsten)",
            "voorbeeldzin": "\"Ik heb zo\u2019n zin in de filmopkomst.\"",
            "categorie": ""
        },
        {
            "woord": "casino-avond",
            "betekenis": "Avond waarbij het gebouw wordt omgetoverd tot een casino, vaak in samenwerking met meerdere speltakken. Er wordt altijd betaald met oud NPK-geld.",
            "prefix": "(de; m; casino-avonden)",
            "voorbeeldzin": "\"Tijdens de casino-avond trekken alle scouts mooie kleren aan.\"",
            "categorie": ""
        },
        {
            "woord": "dodenherdenking",
            "betekenis": "Opkomst op 4 mei waarbij alle scouts gezamenlijk met de inwoners van Winsum de gevallenen van alle oorlogen herdenken bij het monument bij de Rabobank.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Scouting Vinchem komt altijd bij de dodenherdenking.\"",
            "categorie": ""
        },
        {
            "woord": "4 mei",
            "synonym": "dodenherdenking"
        },
        {
            "woord": "kampvoorbereiding",
            "betekenis": "Opkomsten waarin speltakken themamateriaal maken met oog op een komend kamp of het bouwen van een kampeerterrein nog eens oefenen.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"We hebben dus echt te veel kampvoorbereidingsopkomsten ingepland.\"",
            "categorie": ""
        },
        {
            "woord": "NPK-voorbereiding",
            "synonym": "kampvoorbereiding"
        },
        {
            "woord": "zomerkampvoorbereiding",
            "synonym": "kampvoorbereiding"
        },
        {
            "woord": "jerrycan",
            "betekenis": "Plastic container voorzien van dop waarin water en ranja kunnen worden opgeslagen.",
            "prefix": "(de; m)",
            "voorbeeldzin": "\"Kun jij die jerrycans even gaan vullen?\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "schep",
            "betekenis": "Attribuut dat voornamelijk wordt gebruikt om zand mee te scheppen voor de vuurtafel.<br>",
            "prefix": "(de; m; meervoud: scheppen)",
            "voorbeeldzin": "\"De schep ligt op het terrein. Ergens.\"",
            "categorie": "Materiaal"
        },
        {
            "woord": "keuken (kamp)",
            "betekenis": "Een geheel gepionierde plek waar gekookt kan worden tijdens een kamp, afgebakend met een lijntje.",
            "prefix": "(de; m; meervoud: keukens)",
            "voorbeeldzin": "\"Onze keuken is echt supermooi geworden.\"",
            "categorie": "Keuken"
        },
        {
            "woord": "keuken (gebouw)",
            "betekenis": "Een klein hok waar men hamburgers kan bakken en kan afwassen. Er passen met vijf mensen in, maar het is wel even proppen.",
            "prefix": "(de; m; meervoud: keukens)",
            "voorbeeldzin": "\"De keuken is weer lekker opgeruimd. (Ahum)\"",
            "categorie": ""
        },
        {
            "woord": "lijntje (verplaatsingsmethode)",
            "betekenis": "Een manier om vele voorwerpen van één naar een ander punt te dragen. In plaats van iedereen afzonderlijk te laten lopen, gaat iedereen in een rij staan en neemt men de voorwerpen aan van de voorganger alvorens ze door te geven aan de volgende persoon.",
            "prefix": "(het; o)",
            "voorbeeldzin": "\"Zullen we deze palen met een lijntje verplaatsen?\"",
            "categorie": ""
        },
        {
            "woord": "pasta van Godert",
            "betekenis": "Een zomerkamplied, gezongen op het zomerkamp van 2015 met het thema 'Kolonisten van Catan'. Het lied werd gezongen op het nummer 'Broodje van Kootje'.<br><br>REFREIN:<br>Ik wil de pasta van Godert<br>dat maakt mij blij.<br>Het was gezellig zonder<br>d' Explorers erbij.<br>Ja, ja de welpen die zwemmen<br>elke dag weer.<br>En maar één stamlid slaapt lang;<br>Bram, Bram, Bram.<br><br>De RSA ging dit jaar richting Rheine.<br>Maartens band begon snel weg te kwijnen.<br>Hij had steeds weer kast van een klapband.<br>Padampadamklabam.<br>Maar daarom konden we lekker zwemmen.<br>Padampadampaplons.<br>Big Mac in één keer eten,<br>gefilmd zodat we niet vergeten.<br>Ik riep op straat, na veel gepraat:<br>\"Wölst du tansen mit mir?\"<br><br>Refrein<br><br>Zat in de Schwalbe en hoorde iemand braken.<br>Scouts zaten rare geluiden te maken.<br>Hun troep was echt niet te eten.<br>Padampadampablech.<br>De pizza van Hassan smaakte veel beter.<br>Padampadampadam.<br>Als je bij de lunch niet komen kan,<br>ja, ja de straf daar schrik je van.<br>\"AAH, MIJN SLAAPZAK ZIT VL BLOEM!\"<br>Want dat is wat ze doen.<br><br>Refrein",
            "prefix": "(de; m)",
            "voorbeeldzin": "",
            "categorie": "Liedjes"
        }
    ]
};

export default content;
