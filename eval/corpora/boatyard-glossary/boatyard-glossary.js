const glossary = new Map();
glossary.set("άβακας", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ξύλινη επιφάνεια (επίπεδη ή ελαφρώς καμπυλωμένη) που τοποθετείται στην πρύμνη ορισμένων σκαφών. Τα καΐκια που έχουν άβακα στην πρύμνη λέγονται βαρκαλάδες.",
    synonyms: ['τάκος', 'καθρέφτης'],
    antonyms: [],
    english: "transom",
    design: true,
    photo: true,
    termsindefinition: ['καΐκι']
});
glossary.set("αβάρα", {
    category: "εργασία-τεχνική",
    definition: "το σπρώξιμο του καϊκιού με τα χέρια προς τη θάλασσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αγάντα", {
    category: "ναυτικός όρος",
    definition: "το κράτημα του καϊκιού με σχοινί ή σύρμα που λέγεται και αγαντάρισμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αγκαθός", {
    category: "τεχνικός όρος",
    definition: "η γωνία που σχηματίζουν οι δύο γειτονικές πλευρές ενός μαδεριού ή μίας δοκού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: true,
    termsindefinition: []
});
glossary.set("αγκώνας", {
    category: "τμήμα σκάφους",
    definition: "γονατοειδές ξύλινο στοιχείο πάνω από τη σύνδεση της καρίνας με το πρυμιό ποδόσταμα",
    synonyms: ['σκορπιός '],
    antonyms: [],
    english: "deadwood knee",
    design: true,
    photo: true,
    termsindefinition: []
});
glossary.set("αδράχτι", {
    category: "τμήμα σκάφους",
    definition: "το ψηλότερο και στενότερο τμήμα του πηδαλίου (επάνω από τα <span class='glossary-term'>βρεχάμενα</span> - Πουλιανός)",
    synonyms: [],
    antonyms: ['φτερό'],
    english: "None",
    design: true,
    photo: true,
    termsindefinition: ['βρεχάμενα', 'λιανό', 'στενό']
});
glossary.set("αέρας", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "η άκρη του καταρτιού, το τμήμα πάνω από το <span class='glossary-term'>καπελάγιο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καπελάγιο']
});
glossary.set("αϊνάς", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "το εξωτερικό κυρτό μέρος της πρύμνης του <span class='glossary-term'>καραβόσκαρου</span>, που αποτελεί και προέκταση της <span class='glossary-term'>κουβέρτας</span> προς τα πρύμα",
    synonyms: ['κουτάλα'],
    antonyms: [],
    english: "rount stern ",
    design: true,
    photo: true,
    termsindefinition: ['καραβόσκαρο', 'κουβέρτα']
});
glossary.set("αγόμενα ", {
    category: "None",
    definition: "κινητός εξαρτισμός ",
    synonyms: ['κρεμάμενα '],
    antonyms: [],
    english: "running-rigging ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αρματώνω", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "φτιάχνω την ιστιοφορία (εξαρτισμό), την <span class='glossary-term'>αρματωσιά</span>",
    synonyms: ['εξαρτίζω'],
    antonyms: [],
    english: "to rig",
    design: false,
    photo: false,
    termsindefinition: ['αρματωσιά']
});
glossary.set("αϊτάντης", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το σκοινί ή <span class='glossary-term'>παλάγκο</span> με το οποίο αναρτάται το επάνω άκρο μιας της <span class='glossary-term'>αντένας</span> του λατινιού ή της <span class='glossary-term'>ψάθας</span> από το <span class='glossary-term'>κατάρτι</span>. ",
    synonyms: [],
    antonyms: [],
    english: "peak halliard ",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'κατάρτι', 'παλάγκο', 'ψάθα']
});
glossary.set("ακόνι", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>λαδάκονο</span>",
    synonyms: ['λαδακονο'],
    antonyms: [],
    english: "sharpening stone ",
    design: false,
    photo: true,
    termsindefinition: ['λαδάκονο']
});
glossary.set("ακράπι καρίνας", {
    category: "None",
    definition: "το εσωτερικό και επάνω τμήμα της καρίνας, στο οποίο διαμορφώνονται οι εγκοπές για να στερεωθούν οι νομείς  ",
    synonyms: [],
    antonyms: [],
    english: "rising wood",
    design: true,
    photo: false,
    termsindefinition: []
});
glossary.set("ακράπι πλωριού ποδοστάματος ", {
    category: "τμήμα σκάφους",
    definition: "Γονατοειδές στοιχείο που καλύπτει από πάνω την σύνδεση (<span class='glossary-term'>ματισιά</span>) του πλωριού ποδοστάματος με την καρίνα. Στο ακράπι του ποδοστάματος διαμορφώνονται εγκοπές για να στερεωθούν οι νομείς από πάνω του.  ",
    synonyms: [],
    antonyms: [],
    english: "apron",
    design: true,
    photo: false,
    termsindefinition: ['ματισιά']
});
glossary.set("ακράπι τσούντας", {
    category: "None",
    definition: "Το εσωτερικό και πάνω τμήμα του πλωριού ποδοστάματος. Προέκταση του ακραπιού του ποδοστάματος προς τα πάνω.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: []
});
glossary.set("ακρόπρωρο", {
    category: "τμήμα σκάφους",
    definition: "γλυπτή διακοσμητική παράσταση στο επάνω άκρο της πλώρης των καραβιών",
    synonyms: [],
    antonyms: [],
    english: "figurehead ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλαμάνα", {
    category: "τύπος σκάφους",
    definition: "Παλιότερος τύπος καϊκιού. Αναφέρεται κυρίως στη Προποντίδα και στη Μαύρη Θάλασσα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλά - βέρσα", {
    category: "έκφραση",
    definition: "λοξά, στραβά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("άλα - μόλα", {
    category: "έκφραση",
    definition: "το γύρισμα από τα άκρα ενός κομματιού αντίστροφα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("άλειμμα", {
    category: "υλικά εκτός ξυλείας",
    definition: "το λίπος, που χρησιμοποιείται να την εξασφάλιση της ολισθηρότητας στις καθελκύσεις - αποτελούσε και ένα από τα συστατικά της ρετσινοπαλάμισης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλιευτικό σκάφος", {
    category: "τύπος σκάφους",
    definition: "αλιευτικό σκάφος ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλμπουρέτο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "κόντρα αλμπουράκι, μικρό <span class='glossary-term'>άλμπουρο</span> που τοποθετείται από τον αέρα του καταρτιού και πάνω",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο']
});
glossary.set("άλμπουρο", {
    category: "τμήμα σκάφους",
    definition: "βλ. ιστός ",
    synonyms: ['κατάρτι', 'ιστός'],
    antonyms: [],
    english: "mast",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλμπουρώνω", {
    category: "εργασία-τεχνική",
    definition: "η εργασία της κατασκευής και τοποθέτησης των άλμπουρων και των αντενών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αλμπουρωσιά", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το σύνολο των άλμπουρων (καταρτιών), μπαστουνιών και αντενών ενός καϊκιού, τα ξύλινα μέρη της ιστιοφορίας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("άλτος", {
    category: "εργαλείο",
    definition: "η απόσταση της πρώτης γραμμής του μασταριού (που αντιστοιχεί στο μεσαίο νομέα) του μονόχναρου από την επάνω ακμή του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("αμμόπετρα", {
    category: "εργαλείο",
    definition: "πέτρα από ψαμμίτη που χρησιμοποιούν στο <span class='glossary-term'>λαδάκονο</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: true,
    termsindefinition: ['λαδάκονο']
});
glossary.set("αμπάρι", {
    category: "τμήμα σκάφους",
    definition: "το εσωτερικό μέρος του πλοίου που συνήθως προορίζεται για το φορτίο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αμπάσο", {
    category: "χαρακτηρισμός",
    definition: "επιθετικός προσδιορισμός για ένα χαμηλό σκάφος (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αμυγδαλάκι", {
    category: "εργαλείο",
    definition: "Εργαλείο λείανσης για την διαμόρφωση διακοσμητικών αυλακιών κατά μήκος  των μαδεριών",
    synonyms: ['τραβηχτό εργαλείο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αναδερό", {
    category: "τεχνικός όρος",
    definition: "η πολύ αραιωμένη μπογιά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αναδρομικό πανί", {
    category: "None",
    definition: "Το <span class='glossary-term'>πανί</span> που αναρτάται  από αναδρομικό ξάρτι σε ένα ιστιοφόρο. Αναδρομικά πανιά είναι οι φλόκοι και τα στράλια ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("ανακρέμαση", {
    category: "τεχνικός όρος",
    definition: "τεχνικό σύστημα προσαρμόσεως γάντζων στην πλώρη και πρύμνη των λέμβων για το κρέμασμά τους στα καπόνια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καπόνι']
});
glossary.set("ανέκλυση", {
    category: "εργασία-τεχνική",
    definition: "το τράβηγμα του σκάφους από τη θάλασσα στη στεριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ανεμοπρίονο", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>κουραστάρι</span>",
    synonyms: ['κουραστάρι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουραστάρι']
});
glossary.set("ανεμότρατα", {
    category: "τύπος σκάφους",
    definition: "Είδος ιστιοφόρου αλιευτικού καϊκιού με σειρόμενα δύχτια ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ανοιγάρι", {
    category: "εργαλείο",
    definition: " χειροκίνητο τρυπάνι με πεπλατισμένη ακμή  για να διανοίγονται περισσότερο οι τρύπες που έχουν ανοίξει αρχικά με άλλα λεπτότερα τρυπάνια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ανοιγάρι γύφτικο", {
    category: "εργαλείο",
    definition: "τρυπάνι με φτερά αλλά και με οδηγό <span class='glossary-term'>βίδας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα']
});
glossary.set("αντένα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "μακρύ στρογγυλεμένο ξύλο από το οποίο αναρτόνται τα πανιά. Η αντένα είναι οριζόντια ή με κλίση και κρέμεται από το <span class='glossary-term'>κατάρτι</span>.                                                δρέμονται πανιά συνήθως από κυπαρίσσι, που στηρίζεται στο <span class='glossary-term'>άλμπουρο</span> και από το οποίο αναρτάται το <span class='glossary-term'>πανί</span> στα λατίνια και στις σταυρώσεις - ενώ στις ψάθες και τις μπούμες αντένες λέγονται και τα δύο ξύλα στα οποία δένονται οι δύο αντικριστές πλευρές των πανιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'κατάρτι', 'λατίνι', 'πανί']
});
glossary.set("αντιλήθρα", {
    category: "None",
    definition: "Πλάγιες στηρίξεις της καρίνας και των ποδοσταμάτων κατά το <span class='glossary-term'>σκάρωμα</span> ενός καϊκιού ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκάρωμα']
});
glossary.set("αντιλήχτης ", {
    category: "τεχνικός όρος",
    definition: "Πλάγια στηρίξη της καρίνας και των ποδοσταμάτων κατά το <span class='glossary-term'>σκάρωμα</span> ενός καϊκιού",
    synonyms: ['αντιλήθρα ', 'κοντοστήλι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκάρωμα']
});
glossary.set("αξινίστροφο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>χνάρι</span> του συστήματος του μονόχναρου που αντιστοιχή στο σχήμα του ενός από τα δύο σκέλη της <span class='glossary-term'>έδρας</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['έδρα', 'χνάρι']
});
glossary.set("απανωζώναρο", {
    category: "τμήμα σκάφους",
    definition: "βλ. αστάρι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: []
});
glossary.set("απαρύφωτα πριστά ", {
    category: "ξυλεία",
    definition: "πλάκες πριστής ξυλείας σταθερού πάχους ευθύγραμμα ή καμπύλα, με μόνο τις δύο κατά μήκος πλευρές επίπεδες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("απήκου", {
    category: "έκφραση",
    definition: "έτοιμος για άμεση δράση - όταν αναφέρεται στην άγκυρα εννοεί ότι έχει ξεκολλήσει από το βυθό και έχει σταθεί όρθια επομένως το <span class='glossary-term'>καΐκι</span> μπορεί να ξεκινήσει",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("απλή", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το σκοινί που δένεται στο πρυμνιό τμήμα της <span class='glossary-term'>αντένας</span> του λατινιού ή της <span class='glossary-term'>μπούμας</span> τη συγκρατεί από το <span class='glossary-term'>παραπέτο</span> της πλευράς του ανέμου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'μπούμα', 'παραπέτο']
});
glossary.set("αράδα", {
    category: "τμήμα σκάφους",
    definition: "η κάθε μία σειρά μαδεριών του κελύφους ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αραή", {
    category: "τεχνικός όρος",
    definition: "χαραμάδα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αρακλαμάς", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>μαδέρι</span> του σκελετού ενός καϊκιου που τοποθετείται πάνω από τις στραγαλιές και έχει εγκοπές (σαν χτένι) για να θυλικώνουν μέσα τους οι νομείς",
    synonyms: ['ταρακλαμάς'],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("αραλίκι", {
    category: "τεχνικός όρος",
    definition: "η απόσταση του ενός νομέα από τον άλλο, το κενό που σχηματίζεται ανάμεσά τους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("αράπης", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "αναδρομικό - διαμήκες τρίγωνο <span class='glossary-term'>πανί</span> της πλώρης που αναρτάται από τον πρότονο και συνήθως η κάτω του μπλευρά δένεται σε κινητό <span class='glossary-term'>μπαστούνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπαστούνι', 'πανί']
});
glossary.set("αργαλιός", {
    category: "εργαλείο του καϊκιού",
    definition: "ξύλινο χειροκίνητο μικρό <span class='glossary-term'>βίντσι</span> με λαβές, τοποθετημένο στην πλώρη των σκαφών για εξαγωγή οστράκων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι']
});
glossary.set("αρέτα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ο τελευταίος <span class='glossary-term'>νομέας</span> στη πρύμνη του <span class='glossary-term'>καραβόσκαρου</span>. Στηρίζεται πάνω στο ποδόσταμα και συναρμολογείται ξεχωριστά μαζί με τα υπόλοιπα στοιχεία της πρύμνης.  Μαζί με το ποδόσταμα της πρύμνης λέγεται <span class='glossary-term'>σταυρός</span>",
    synonyms: ['σταυρός'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο', 'νομέας', 'σταυρός']
});
glossary.set("αρίδα", {
    category: "εργαλείο",
    definition: "τρυπάνι πολύ μακρύ",
    synonyms: [],
    antonyms: [],
    english: "long auger",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αρίδικο", {
    category: "ξυλεία",
    definition: "ξύλινη σανίδα που λεπταίνει προοδευτικά στην μια της άκρη και καταλήγει σε οξεία γωνία (έχει σχήμα μακρόστενης <span class='glossary-term'>σφήνας</span>) (Δαμιανίδης)",
    synonyms: [],
    antonyms: ['κόνικο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σφήνα']
});
glossary.set("αρκάς", {
    category: "τμήμα σκάφους",
    definition: "το εξωτερικό κομμάτι του ποδοστάματος της πρύμνης, όπου στηρίζεται το <span class='glossary-term'>τιμόνι</span> με τα βελόνια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βελόνι', 'τιμόνι']
});
glossary.set("αρμαδούρος (τεχνίτης)", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ναυτικός που φτιάχνει το αρμάτωμα (τα <span class='glossary-term'>ξάρτια</span>) ενός ιστιοφόρου ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ξάρτια']
});
glossary.set("αρμαδούρος (δέστρα)", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ξύλινη σανίδα που στερεώνεται στα <span class='glossary-term'>ξάρτια</span>, στο <span class='glossary-term'>κατάρτι</span> ή στην <span class='glossary-term'>κουπαστή</span>, και στην οποία διαμορφώνονται τρύπες όπου τοποθετούνται κοτσανέλα (καβίλιες) που χρησιμοποιούνται ως δέστρες για τα σκοινιά του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'κουπαστή', 'ξάρτια']
});
glossary.set("αρματωσιά", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "όλος ο εξοπλισμός του καϊκιού που σχετίζεται με τα άλμπουρα και την ιστιοφορία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("αρμολόγος", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>μπάνιστρο</span> ",
    synonyms: ['πάνιστρο', 'μπάνιστρο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπάνιστρο', 'πάνιστρο']
});
glossary.set("αρμολόι", {
    category: "τεχνικός όρος",
    definition: "γενικό <span class='glossary-term'>καλαφάτισμα</span> των αρμών του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτισμα']
});
glossary.set("αρμός", {
    category: "τεχνικός όρος",
    definition: "η σχισμή ανάμεσα σε δύο μαδέρια που εφάπτονται",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("αρσανάς", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>ταρσανάς</span>",
    synonyms: ['ταρσανάς, καρνάγιο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ταρσανάς']
});
glossary.set("ασσός", {
    category: "τμήμα σκάφους",
    definition: "η πατούρα (λούκι - γραμμικό αυλάκι) επάνω στα ποδοστάματα και την καρίνα, όπου εφαρμόζουν τα μαδέρια του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("άσπρο-σκάφος", {
    category: "χαρακτηρισμός",
    definition: "καινούριο <span class='glossary-term'>καΐκι</span> που παραδίδεται κατόπιν συμφωνίας από τον κατασκευαστή στον ιδιοκτήτη, χωρίς <span class='glossary-term'>καλαφάτισμα</span>, μπογιές και διάφορα σιδερικά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'καλαφάτισμα']
});
glossary.set("αστάρι ", {
    category: "τμήμα σκάφους",
    definition: "η επάνω <span class='glossary-term'>αράδα</span> μαδεριών του <span class='glossary-term'>παραπέτου</span>. Είναι η πρώτη <span class='glossary-term'>αράδα</span> του εξωτερικού κελύφους που τοποθετείται πάνω στον σκελετό (η <span class='glossary-term'>τσάπα</span> δεν είναι η πρώτη που τοποθετείται? ΓΤ)",
    synonyms: [],
    antonyms: [],
    english: "sheer strake",
    design: true,
    photo: false,
    termsindefinition: ['αράδα', 'παραπέτο', 'τσάπα']
});
glossary.set("αστράβη ", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>φουρνιστή</span>",
    synonyms: ['φουρνιστή'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['φουρνιστή']
});
glossary.set("αστράβη του κύτους", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "γονατοειδές ξύλινο στοιχείο του σκελετού που τοποθετείται διαγώνια ως προς τους νομείς και συνδέει την καρίνα με ορσμένους νομείς. Είναι όπως η <span class='glossary-term'>φουρνιστή</span> αλλά τοποθετημένη στην καρίνα αντί στα ποδοστάματα  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['φουρνιστή']
});
glossary.set("αφάλι ", {
    category: "τμήμα σκάφους",
    definition: "ζωνάρι σκαλισμένο συνήθως επάνω στο <span class='glossary-term'>τιμόνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τιμόνι']
});
glossary.set("αφαλός", {
    category: "τμήμα σκάφους",
    definition: "το διογκωμένο κάτω μέρος του ποδοστάματος της πρύμνης στο οποίο γίνεται το άνοιγμα της χοάνης, της τρύπας για τον άξονα της προπέλας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['πέλα']
});
glossary.set("αφάνα", {
    category: "εργαλείο",
    definition: "μεγάλος θάμνος, θυμάρι, που προμήθευαν οι κλαδούσες στους καλαφάτες για το <span class='glossary-term'>κάψιμο</span> των καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κάψιμο']
});
glossary.set("αχταρμάς", {
    category: "τύπος σκάφους",
    definition: "σπογγαλιευτικό <span class='glossary-term'>καΐκι</span> όμοιο με το <span class='glossary-term'>τρεχαντήρι</span> με χαρακτηριστικά έντονη <span class='glossary-term'>σιμότητα</span> και <span class='glossary-term'>βαθικά</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['βαθικά', 'καΐκι', 'σιμότητα', 'τρεχαντήρι']
});
glossary.set("βάζα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "ζεύγος μακριών και χοντρών ξύλινων δοκαριών, που είναι συνδεδεμένα παράλληλα με χοντρά σίδερα, και που χρησιμοποιούνται για να στηρίζουν τα πλευρά των καϊκιών κατά την ανέλκυση και καθέλκυσή τους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βαζομάδερα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μαδέρια φαρδιά καρφωμένα επάνω στα τσιφούτια, όπου επάνω τους ακουμπά η κοιλιά του πλοίου κατά την ανέλκυση και την καθέλκυσή του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'τσιφούτι']
});
glossary.set("βάζωμα", {
    category: "εργασία-τεχνική",
    definition: "η τοποθέτηση των βάζων κάτω από το πλοίο κατά την ανέλκυση και την καθέλκυσή του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βαθικά", {
    category: "τμήμα σκάφους",
    definition: "το τμήμα της κατασκευής ενός καϊκιού κάτω από τις στραγαλιές και το <span class='glossary-term'>σωτρόπι</span> - περιλαμβάνει τις στρώσεις, το <span class='glossary-term'>ντουρέλο</span>, τον καβαλάρη, τον κόντρα καβαλάρη και το ακράπι της καρίνας (Δαμιανίδης) -- δεν είναι το τμήμα της <span class='glossary-term'>γάστρας</span> κάτω από τον κόμπο όπου κάνει το χαρακτηριστικό V ειδικά στα παλαιότερα καΐκια?? εννοώ περισσότερο το σχήμα παρά τα κατασκευαστικά μέρη που το αποτελούν, κατά Πουλιανό τα κάτω κάτω του σκαριού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'καΐκι', 'λιανό', 'ντουρέλο', 'σωτρόπι', 'τουρέλο']
});
glossary.set("βαθικό", {
    category: "τμήμα σκάφους",
    definition: "το ριπίδι, ο μισός <span class='glossary-term'>νομέας</span> της πλώρης ή της πρύμνης που στηρίζεται στο ακράπι του ποδοστάματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νομέας']
});
glossary.set("βαρδαλάντζα", {
    category: "τμήμα σκάφους",
    definition: "εγκάρσιο ξύλο στην στέψη του τάκου της πρύμης των μικρών βαρκαλάδων, το οποίο εξέχει εκατέρωθεν  και στις άκρες του τοποθετούνται φουρκαδέλλες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βαρδαμάς", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>ιστιοράφτη για την προστασία της παλάμης κατά την πίεση της ραφίδας στο ράψημο του πανιού ",
    synonyms: [],
    antonyms: [],
    english: "sailmaker's palm",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("βαρδάρι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "είδος <span class='glossary-term'>στράλιου</span> που κρατά το <span class='glossary-term'>αλμπουρέτο</span> να μη σπάσει (Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αλμπουρέτο', 'λιανό', 'στράλιο']
});
glossary.set("βαριά", {
    category: "εργαλείο",
    definition: "βαρύ σφυρί για δυνατά χτυπήματα ",
    synonyms: [],
    antonyms: [],
    english: "sledge hammer ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βάρκα", {
    category: "τύπος σκάφους",
    definition: "τύπος μικρού βαρκαλά, όρθιο με τάκο στην πρύμνη και λίγο <span class='glossary-term'>λάτζο</span> στην πλώρη",
    synonyms: ['λέμβος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λάτζο']
});
glossary.set("βαρκαλάς", {
    category: "τύπος σκάφους",
    definition: "<span class='glossary-term'>καΐκι</span> που έχει στην πρύμνη καθρέφτη ή άβακα - ο μικρός βαρκαλάς λέγεται και <span class='glossary-term'>παπαδιά</span> (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'παπαδιά']
});
glossary.set("βελόνι", {
    category: "τμήμα σκάφους",
    definition: "μεταλλικό στοιχείο που στηρίζει το <span class='glossary-term'>τιμόνι</span> επάνω στο πρυμνίο ποδόσταμο και επιτρέπει την περιστροφή του (οι μεντεσέδες του τιμονιού)",
    synonyms: [],
    antonyms: [],
    english: "gudgeon",
    design: false,
    photo: false,
    termsindefinition: ['τιμόνι']
});
glossary.set("βέντο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ξάρτι του σταθερού εξαρτισμού του μπαστουνιού που το συγκρατούν αριστερά και δεξιά της πλώρης του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βέργουλο ή βέρτζουλο", {
    category: "χαρακτηρισμός",
    definition: "ασταθές παιχνιδιάρικο σκάφος πάνω στη θάλασσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βερέμι", {
    category: "τεχνικός όρος",
    definition: "το κόψιμο ενός ξύλου, κυρίως <span class='glossary-term'>σόκορο</span> σε λοξή γραμμή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σόκορο']
});
glossary.set("βερίνα", {
    category: "έκφραση",
    definition: "το τσάκισμα του σύρματος σε σχήμα θηλιάς κατά το ξετύλιμα από το <span class='glossary-term'>βίντσι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι']
});
glossary.set("βιάρισμα", {
    category: "τεχνικός όρος",
    definition: "η σταδιακή ανύψωση της γραμμής της <span class='glossary-term'>κουπαστής</span> και του καταστρώματος όσο προχωράμε από τη μέση προς την πλώρη και την πρύμνη του σκάφους, λέγεται και <span class='glossary-term'>σιμότητα</span> ή <span class='glossary-term'>λουνάδα</span> (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'λουνάδα', 'σιμότητα']
});
glossary.set("βίδα", {
    category: "εργαλείο",
    definition: "τρυπάνι με μακρύ και ισοπαχύ σπείρωμα",
    synonyms: [],
    antonyms: [],
    english: "Twist auger",
    design: false,
    photo: true,
    termsindefinition: []
});
glossary.set("βίντσι", {
    category: "εργαλείο του καϊκιού",
    definition: "μικρό βαρούλκο που χρησιμοποιείται για το ανέβασμα της άγκυρα ή το μάζεμα των διχτυών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βίρα", {
    category: "ναυτικός όρος",
    definition: "ναυτικό παράγγελμα που σημαίνει 'τράβα', 'σύρε', 'σήκωνε' - ρήμα: βιραίρω/βιράρω=τραβώ το σκοινί να σηκώσω φορτίο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βιράρισμα", {
    category: "ναυτικός όρος",
    definition: "η κίνηση του βιντσιού στο περιτύλιγμα του σύρματος",
    synonyms: [],
    antonyms: ['λασκάρισμα'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βογάρισμα", {
    category: "τεχνικός όρος",
    definition: "η ώθηση, το σπρώξιμο με την πλώρη ενός πλοίου, ακουμπισμένη επάνω στο άλλο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βουβό", {
    category: "ξυλεία",
    definition: "μεγάλο και <span class='glossary-term'>χοντρό</span> τμήμα από κορμό δέντρου, ξεπετσωμένο, που προορίζεται για σχίσιμο με το <span class='glossary-term'>πισκί</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πισκί', 'χοντρό']
});
glossary.set("βρέσιμο", {
    category: "εξοπλισμός καρνάγιου",
    definition: "υποστήριγμα του φαλλαγιού, τακάκι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("βρεχάμενα", {
    category: "τμήμα σκάφους",
    definition: "τα <span class='glossary-term'>ύφαλα</span>, το τμήμα της <span class='glossary-term'>γάστρας</span> του του καϊκιού, κάτω από την ίσαλο γραμμή, που βρέχεται από τη θάλασσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'ύφαλα']
});
glossary.set("γαβάρρα ή γαμπάρρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ιστιοφόρο του 19ου αιώνα με τρια κατάρτια και τετράγωνα πανιά (σταυρώσεις) μόνο στο μεσαίο και στο πλωριό <span class='glossary-term'>κατάρτι</span> ",
    synonyms: ['μπάρκο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("γάβρια", {
    category: "εξοπλισμός καρνάγιου",
    definition: "σιδερένιο τρίποδο, όπου επάνω στην κορυφή του προσαρμόζεται το <span class='glossary-term'>παλάγκο</span> για την ανύψωση ιστών και βαριών αντικειμένων εν γένει",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παλάγκο']
});
glossary.set("γαΐτα", {
    category: "τύπος σκάφους",
    definition: "μικρή αλιευτική <span class='glossary-term'>βάρκα</span> με ίδια πλώρη και πρύμνη",
    synonyms: ['κούντουλα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("γαλβάνισμα", {
    category: "τεχνικός όρος",
    definition: "η επικάλυψη του σιδήρου με ψευδάργυρο για τη διατήρησή του από τη σκουριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γαλέτα", {
    category: "τμήμα σκάφους",
    definition: "μικρή ξύλινη κουλούρα τοποθετημένη στην κορυφή του ιστού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γαντζάος ή γαντζάο", {
    category: "τύπος σκάφους",
    definition: "παλαιός τύπος σκάφους, όμοιος με μεγάλο <span class='glossary-term'>τρεχαντήρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρεχαντήρι']
});
glossary.set("γάπια", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το δεύτερο από κάτω τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) ενός ιστού με σταυρώσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("γάρμπος", {
    category: "None",
    definition: "περιγραφικό σχήμα μιας κοίλης γραμμής (δεν είναι το φάλτσο???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γάσα", {
    category: "τεχνικός όρος",
    definition: "η θηλιά του σύρματος και του σχοινιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γάστρα", {
    category: "τμήμα σκάφους",
    definition: "Το εξωτερικό σχήμα του σκαριού. η κοιλιά ενός σκάφους κυρίως στο σημείο της μέσης κάτω από την ίσαλο γραμμή (κορμός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γέμισμα", {
    category: "εργασία-τεχνική",
    definition: "η συμπλήρωση των κενών πλώρης και πρύμνης με <span class='glossary-term'>ριπίδια</span> (μικρούς νομείς) επάνω στις καμπυλωμένες φούρμες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ριπίδια']
});
glossary.set("γερινέ", {
    category: "τεχνικός όρος",
    definition: "το μόνιμα καρφωμένο κομμάτι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γιαγλί - κουτούκι", {
    category: "τμήμα σκάφους",
    definition: "πρόσθετο <span class='glossary-term'>χοντρό</span> κομμάτι ξύλου , τοποθετημένη στην εσωτερική <span class='glossary-term'>μεριά</span> των τρυπητών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μεριά', 'χοντρό']
});
glossary.set("γιατάκι", {
    category: "τμήμα σκάφους",
    definition: "το κρεβάτι των καϊκιών, η <span class='glossary-term'>κουκέτα</span>",
    synonyms: ['κουκέτα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουκέτα']
});
glossary.set("γίσσα ή ίσσα", {
    category: "ναυτικός όρος",
    definition: "ναυτικό παράγγελμα που σημαίνει 'ανέβασε', αντίθετο του '<span class='glossary-term'>μάινα</span>'",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάινα']
});
glossary.set("γκάγκα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "τύπος μικρού αλιευτικού καϊκιού (<span class='glossary-term'>τράτα</span>) με προεξέχων μέλος σαν έμβολο τοποθετημένο στο πλωριό ποδόσταμα στο ύψος περίπου του τρυπητού (?? Δεν σημαίνει το ίδιο το έμβολο??)",
    synonyms: ['κατσούλι ή κοράκι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τράτα']
});
glossary.set("γκαγκάβα", {
    category: "εργαλείο του καϊκιού",
    definition: "συρόμενο δίχτυ που μάζευε σφουγγάρια από τον πυθμένα της θάλασσας - γκαγκάβα ονομαζόναν και το σκάφος που ασκούσε αυτό το είδος σπογγαλιείας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γκάγκαλης", {
    category: "τύπος σκάφους",
    definition: "τύπος <span class='glossary-term'>γάστρας</span> καϊκιού από την Μαύρη θάλασσα και από την προποντίδα. Είχε μυτερή επάνω απόλυξη του πλωριού ποστάματος σαν μύτη. Στενόμακρο <span class='glossary-term'>καΐκι</span> με πλώρη όμοια με το <span class='glossary-term'>πέραμα</span> και πρύμνη όμοια με μπότη (Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'καΐκι', 'λιανό', 'πέραμα']
});
glossary.set("γκινίσι", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>λάξευσης και λείανσης με στενή λεπίδα που χαράζει γκινησιά ή πατούρα παράλληλη με την  ακμή της πλευράς ενός μαδεριού. Το <span class='glossary-term'>εργαλείο </span>έχει προσαρμοσμένο οδηγό παραλληλίας επάνω του. ",
    synonyms: [],
    antonyms: [],
    english: "plough plane",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'κινησιά']
});
glossary.set("γκινισιά", {
    category: "None",
    definition: "η λάξευση και λείανση λεπτής αυλακιάς παράλληλης στις ίνες ενός ξύλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γκινόσο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>λείανσης με λεπτό σώμα και πλατιά λεπίδα που χρησιμοποιείται για να πλαταίνει περισσότερο το αρχικό άνοιγμα του αυλακιού από το <span class='glossary-term'>μυτερό</span>  ή το <span class='glossary-term'>γκινίσι</span>. Το γκινόσο έχει πλατήτερη λεπίδα από το <span class='glossary-term'>γκινίσι</span>. Με το γκινόσο γίνεται η τελική διαμόρφωση των ακμών (αρμών) των μαδεριών του πετσώματος.",
    synonyms: [],
    antonyms: [],
    english: "rabbet plane",
    design: false,
    photo: true,
    termsindefinition: ['γκινίσι', 'εργαλείο ', 'κινόσο', 'μυτερό']
});
glossary.set("γκουβούσι", {
    category: "τμήμα σκάφους",
    definition: "άνοιγμα στο <span class='glossary-term'>κατάστρωμα</span> για την πρόσβαση στο εσωτερικό του σκάφους ",
    synonyms: ['κουβούσι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάστρωμα']
});
glossary.set("γολέτα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "δίστηλο ιστιοφόρο, του 19ου αιώνα, με τετράγωνα πανιά (σταυρώσεις) μόνο στο πλωριό <span class='glossary-term'>κατάρτι</span> ",
    synonyms: [],
    antonyms: [],
    english: "brigantine",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("γούμενα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "γαρμπαρισμένο ξύλινο ζωνάρι που τοποθετείται ημικυκλικά στο εξωτερικό μέρος της πρύμνης του <span class='glossary-term'>καραβόσκαρου</span> και συνήθως είναι σκαλισμένο σε σχήμα σκοινιού (γούμενα δεν λένε και ένα είδος σκοινιού???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο']
});
glossary.set("γουργούλα", {
    category: "έκφραση",
    definition: "η κωπηλασία με ένα μόνο κουπί από την πρύμνη της <span class='glossary-term'>βάρκας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("γόφος", {
    category: "None",
    definition: "η ημιστρόγγυλη προέκταση του τρυπητού στη βάση του <span class='glossary-term'>παραπέτου</span> στην πρύμνη του καραβόσκαρτου, που λέγεται και <span class='glossary-term'>λιβιδέρα</span>",
    synonyms: ['λιβιδέρα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιβιδέρα', 'παραπέτο']
});
glossary.set("γραντί", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "σχοινί που είναι ραμμένο περιμετρικά ή σε ορισμένες πλευρές ενός πανιού ιστιοφόρου προκειμένου να ενισχύσει τις αντοχές του πανιού στον άνεμο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γραντολόγημα ", {
    category: "None",
    definition: "ράψημο σχοινιού (<span class='glossary-term'>γραντί</span>) περιμετρικά ή σε ορισμένες πλευρές ενός πανιού ιστιοφόρου",
    synonyms: ['λωματίζω'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γραντί']
});
glossary.set("γρεντίδικο", {
    category: "χαρακτηρισμός",
    definition: "προσωρινό - χρησιμοποιείται κυρίως για το προσωρινό κάρφωμα ενός ξύλου",
    synonyms: [],
    antonyms: ['τεμελίδικο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γρι-γρι", {
    category: "εργαλείο του καϊκιού",
    definition: "είδος ψαρέματος. Συνήθως ονόμαζαν και το <span class='glossary-term'>καΐκι</span> από το οποίο έκαναν το ψάρεμα αυτό  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("γρίκος", {
    category: "εργαλείο",
    definition: "χειροκίνητος ανυψωτικός γρύλος, λατέρνα",
    synonyms: ['λατέρνα'],
    antonyms: [],
    english: "jack",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γρύλος (γύφτικος)", {
    category: "εργαλείο",
    definition: "βαρύς σιδερένιος σφιχτήρας",
    synonyms: [],
    antonyms: [],
    english: "g-clamp",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γυάλα - γυαλάδικη βάρκα", {
    category: "τύπος σκάφους",
    definition: "τύπος <span class='glossary-term'>βάρκας</span> που χρησιμοποιούσαν οι ψαράδες της παράκτιας αλιείας, οι μικρομανάβηδες και οι γυμνοί δύτες στη σπογγαλιεία",
    synonyms: ['βουτηστάδικη'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("γυαλί", {
    category: "εργαλείο του καϊκιού",
    definition: "μεταλλικός κύλινδρος ανοιχτός από την μια <span class='glossary-term'>έδρα</span> και με κρύσταλλο στην άλλη για να βλέπουν οι ψαράδες τον πυθμένα τη θάλασσας από την <span class='glossary-term'>βάρκα</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'έδρα']
});
glossary.set("δέστρα", {
    category: "τμήμα σκάφους",
    definition: "μεγάλη <span class='glossary-term'>μπίντα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπίντα', 'πίντα']
});
glossary.set("διαλυτήριο", {
    category: "None",
    definition: "ο χώρος όπου διαλύονται παλαιά σκάφη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("δίβολτο", {
    category: "τεχνικός όρος",
    definition: "???η γραμμή ενός κομματιού με αντίθετες καμπυλώσεις(?) ή το <span class='glossary-term'>αξινίστροφο</span> ???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αξινίστροφο']
});
glossary.set("δικτυωτό", {
    category: "τεχνικός όρος",
    definition: "πλεκτό ξύλινο πλαίσιο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("γωνιά", {
    category: "None",
    definition: "σταθερή ορθή γωνία για να σημαδεύονται καθετότητες ",
    synonyms: [],
    antonyms: [],
    english: "square agle",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("διπλό", {
    category: "εργαλείο",
    definition: "σιδερένιο <span class='glossary-term'>εργαλείο </span>καλαφατίσματος με μικρό αυλάκι στην άκρη της ακμής που μπαίνει μέσα στον αρμό",
    synonyms: ['χοντρό διπλό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("διπλοσκάρμι", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>καΐκι</span> με διπλούς νομείς (πόστες). ",
    synonyms: [],
    antonyms: [],
    english: "double frame",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("διχάλα", {
    category: "εργαλείο",
    definition: "σιδερένια διχαλωτή <span class='glossary-term'>τσατάλα</span> στην άκρη της οποίας τοποθετούσαν <span class='glossary-term'>στουπί</span> με πετρέλαιο για το <span class='glossary-term'>κάψιμο</span> των υφάλων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κάψιμο', 'στουπί', 'τσατάλα']
});
glossary.set("δοιάκι", {
    category: "τμήμα σκάφους",
    definition: "το συνήθως αποσπόμενο τμήμα του πηδαλίου με το οποίο γίνεται ο χειρισμός του",
    synonyms: ['λαγουδέρα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("δοντάγρα", {
    category: "εργαλείο",
    definition: ";;;;;;;;;;;;;;;;;;;;;;;;;",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("δόντι", {
    category: "τεχνικός όρος",
    definition: "το απότομο στένεμα ενός σανιδιού του πετσώματος με μια εγκοπή για να δημιουργηθεί αρκετός χώρος για το επόμενο σανίδι - γίνεται πάντα στα σανίδια που τοποθετούνται πριν την <span class='glossary-term'>καταφραή</span> για να της αφήσουν αρκετό χώρο / επίσης η προεξοχή ενός ξύλου που μπαίνει σε διαμορφωμένη σκάτζα ενός άλλου για να ενωθούν, λέγεται και <span class='glossary-term'>τόρμος</span> (Δαμιανίδης)",
    synonyms: ['τόρμος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καταφραή', 'τόρμος']
});
glossary.set("δρύφραχτο", {
    category: "τμήμα σκάφους",
    definition: "βλ. παπαπέτο ",
    synonyms: ['παραπέτο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εγρετίδικο", {
    category: "χαρακτηρισμός",
    definition: "η προσωρινή τοποθέτηση κομματιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εργάτης", {
    category: "εργαλείο",
    definition: "παλαιό χειροκίνητο ξύλινο <span class='glossary-term'>βίντσι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι']
});
glossary.set("έδρα", {
    category: "τμήμα σκάφους",
    definition: "το κάτω μέρος ενός νομέα που στηρίζει τους δύο βραχίονές του απ' τα δύο μέρη του σκάφους, λέγεται και <span class='glossary-term'>στρώση</span> (Δαμιανίδης)",
    synonyms: ['στρώση'],
    antonyms: [],
    english: "floor timber",
    design: false,
    photo: false,
    termsindefinition: ['στρώση']
});
glossary.set("έλε - έλε", {
    category: "έκφραση",
    definition: "τα χοντρά δοκάρια και οι κορμοί που όταν τσουλούν πηγαίνουν στη θέση του με ευκολία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("έμπουλο", {
    category: "τεχνικός όρος",
    definition: "ο κλώνος του συρματόσχοινου και του σχοινιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εντορμία", {
    category: "τεχνικός όρος",
    definition: "προεξοχή σε ενα ξύλο (εντορμία) κατάλληλα διαμορφωμένη για να εισχωρεί σε κατάλληλα διαμορφωμένη οπή άλλου ξύλου (<span class='glossary-term'>τόρμος</span>)",
    synonyms: ['καβίλια, μόρσο'],
    antonyms: ['τόρμος'],
    english: "tenon",
    design: false,
    photo: false,
    termsindefinition: ['τόρμος']
});
glossary.set("έξαλα", {
    category: "τμήμα σκάφους",
    definition: "το εξωτερικό μέρος του καϊκιού και πάνω από την ίσαλο γραμμή πλεύσης του (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εξαρτιά", {
    category: "τεχνικός όρος",
    definition: "το στιγμιαίο <span class='glossary-term'>λασκάρισμα</span> του σύρματος με το χέρι στον εργάτη (χειροκίνητο παλαιό <span class='glossary-term'>βίντσι</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι', 'λασκάρισμα']
});
glossary.set("εξαρτόριζα", {
    category: "τμήμα σκάφους",
    definition: "σιδερένιες μάπες τοποθετημένες στην εξωτερική πλευρά του <span class='glossary-term'>παραπέτου</span> για τη <span class='glossary-term'>στρώση</span> των ξαρτιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παραπέτο', 'στρώση']
});
glossary.set("εξάρτια", {
    category: "None",
    definition: "σταθερός εξαρτισμός",
    synonyms: ['κρεμάμενα'],
    antonyms: [],
    english: "standing-rigging",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("έξω φλόκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>φλόκος</span> που  αρτάται από το μπροστινό άκρο του μπαστουνιού και βρίσεται μπροστά από τον κόντρα φλόκο και τον φλόκο",
    synonyms: [],
    antonyms: [],
    english: "flying jib",
    design: false,
    photo: false,
    termsindefinition: ['φλόκος']
});
glossary.set("εξωκλάδισμα", {
    category: "τεχνικός όρος",
    definition: "η κοίλη καμπύλη που έχει η <span class='glossary-term'>γάστρα</span> ενός καϊκιού κυρίως στην πρύμνη και σε ορισμένες περιπτώσεις στην πρύμνη ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("επάνω φλόκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "αναδρομικό - διαμήκες τρίγωνο <span class='glossary-term'>πανί</span> της πλώρης που αναρτάται πάνω από τον φλόκο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("επικεριά", {
    category: "τμήμα σκάφους",
    definition: "εσωτερικός δοκός τοποθετημένος κάτω από την <span class='glossary-term'>κουβέρτα</span> για το δέσιμο των καμαριών",
    synonyms: [],
    antonyms: [],
    english: "carling",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα']
});
glossary.set("επίκουρο", {
    category: "ξυλεία",
    definition: "ξύλο που έχει τις ίνες του εγκάρσια ως προς το μήκος του και είναι έτοιμο να σπάσει (ή ξύλο του οποίου οι ίνες δεν ακολουθούν ακριβώς το σχήμα του κατά μήκος και ως εκ τούτου δεν διαθέτει επαρκή αντοχή) (Δαμιανίδης)",
    synonyms: ['πίκουρο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("επιτροπίδι", {
    category: "τμήμα σκάφους",
    definition: "φαρδιά ξύλινα δοκάρια τοποθετημένα λίγο κάτω από την ίσαλο για την ευστάθεια του πλοίου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εργαλείο ", {
    category: "τεχνικός όρος",
    definition: "Προφίλ που δημιουργείται με την χάραξη μιάς αυλακιάς σε ένα <span class='glossary-term'>μαδέρι</span> ή και μαζί με το στρογγύλεμα  μίας ακμής.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("έρμα", {
    category: "τεχνικός όρος",
    definition: "επιπλέον βάρος που βάζουν στα ιστιοφόρα για να αυξήσουν την ευστάθεια, κατεβάζοντας το κέντρο βάρους του σκάφους ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("εσχάρα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "η σχάρα ή γλύστρα όπου μέσα σε αυτή κυλούν τα <span class='glossary-term'>βάζα</span> προς τη θάλασσα κατά τις ανελκύσεις και τις καθελκύσεις",
    synonyms: ['σχάρα ναυπηγική'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα']
});
glossary.set("ζαβράκια", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "καμπυλωτά μικρά κομμάτια που καλύπτουν την επιφάνεια της πλώρης μεταξύ της φάλκας και του κάτσουλα (σκάφος τύπου περάματος)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζαλιά", {
    category: "χαρακτηρισμός",
    definition: "πολύ μεγάλη θυμαρίσια <span class='glossary-term'>μπάλα</span>, δεμάτι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπάλα']
});
glossary.set("ζβανάκι", {
    category: "εργαλείο",
    definition: "πολύ μικρό σεγάκι με ξύλινη χειρολαβή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζβανάς", {
    category: "εργαλείο",
    definition: "μικρό <span class='glossary-term'>πριόνι</span> με καμπυλωμένη και μυτερή λάμα κοπής ",
    synonyms: [],
    antonyms: [],
    english: "curved and pointed-end saw",
    design: false,
    photo: false,
    termsindefinition: ['πριόνι']
});
glossary.set("ζγαντζόπευκο", {
    category: "ξυλεία",
    definition: "είδος πεύκου στριφνού, ροζιάρικου, ρητινιασμένου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζγουρό", {
    category: "χαρακτηρισμός",
    definition: "επιθετικός προσδιορισμός για ένα ποδόσταμα με μεγάλη καμπυλότητα που καταλήγει στο πάνω μέρος του να είναι σχεδόν κατακόρυφο (Δαμιανίδης) - στον Πουλιανό σγουρό είναι το ίσιο, ορθοκατήβατο ποδόσταμο",
    synonyms: [],
    antonyms: ['λάτζο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό']
});
glossary.set("ζγρόπια", {
    category: "εργαλείο",
    definition: "ημικυκλικό αιχμηρό <span class='glossary-term'>εργαλείο </span>για σκαλίσματα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("ζένια", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "όλα τα σκοινιά και τα συρματόσκοινα του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζερβό κορδόνι", {
    category: "εργαλείο",
    definition: "όμοιο <span class='glossary-term'>εργαλείο </span>με το <span class='glossary-term'>πλουμιστήρι</span> με μεγαλύτερη ημιστρόγγυλη λεπίδα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'πλουμιστήρι']
});
glossary.set("ζερβό πλουμιστήρι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>πλουμιστήρι</span> που το δουλεύουν προς τα αριστερό",
    synonyms: ['πλουμιστήρι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πλουμιστήρι']
});
glossary.set("ζμπράβα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "<span class='glossary-term'>τζαβέτα</span>, <span class='glossary-term'>βίδα</span> ή πρόκα που πηγαίνει πολύ σφιχτά στο χτύπημα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα', 'τζαβέτα']
});
glossary.set("ζουμπάρισμα", {
    category: "εργασία-τεχνική",
    definition: "το βύθισμα των κεφαλών - βίδες, πρόκες - μέσα από την επιφάνεια των ξύλων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζουμπάς ή ζουπάς", {
    category: "εργαλείο",
    definition: "σιδερένιο <span class='glossary-term'>εργαλείο </span>με μύτη λεπτή στρογγυλή που χρησιμοποιείται για τη βαθιά εισχώρηση του κεφαλιού της πρόκας ή <span class='glossary-term'>βίδας</span> προς τα μέσα, χτυπώντας τον σκούλο του με άλλο σφυρί - διακρίνεται σε βαρύ, ελαφρύ και ψιλό",
    synonyms: [],
    antonyms: [],
    english: "punch",
    design: false,
    photo: false,
    termsindefinition: ['βίδα', 'εργαλείο ']
});
glossary.set("ζουμπάς θηλυκός", {
    category: "εργαλείο",
    definition: "ζουμπάς με τρύπα στο μπροστινό μέρος που χρησιμοποιείται για το πέρασμα της <span class='glossary-term'>χαρούπας</span> (<span class='glossary-term'>πούλι</span>) επάνω στην πρόκα κατά το πελτσίνωμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πούλι', 'χαρούπα']
});
glossary.set("ζουμπας σφυρί", {
    category: "εργαλείο",
    definition: "σφυρί με λεπτή μύτη στο κεφάλι που χρησιμεύει σαν ζουμπάς και χρησιμοποιείται μαζί με άλλο βαρύ σφυρί ",
    synonyms: [],
    antonyms: [],
    english: "pin maul hammer",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ζύγι", {
    category: "εργαλείο",
    definition: "βαρίδι με σπάγκο που το κρεμούν στα ποδοστάματα για το <span class='glossary-term'>ζύγισμα</span>",
    synonyms: ['νήμα της στάθμης '],
    antonyms: [],
    english: "plump bob",
    design: false,
    photo: false,
    termsindefinition: ['ζύγισμα']
});
glossary.set("ζύγισμα", {
    category: "εργασία-τεχνική",
    definition: "ο έλεγχος της κατακόρυφης ή και οριζόντιας θέσης ενός σκάφους σε διάφορες φάσεις της κατασκευής του (κυρίως κατά την τοποθέτηση των ποδοσταμάτων και των νομέων στην καρίνα) (Δαμιανίδης) - στον Πουλιανό το σημάδεμα με τη <span class='glossary-term'>στάφνη</span> μιας γραμμής στη μέση του βουβού ξύλου ως σημάδι για την πριονιά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό', 'στάφνη']
});
glossary.set("ζυγό", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "δοκός τοποθετημένος κατά πλάτος της <span class='glossary-term'>βάρκας</span>, προεξέχων αρκετά προς διευκόλυνση της κωπηλασίας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("ζυγοδόκη", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>λούρος</span> ",
    synonyms: ['κάτω κουρζέτο, λούρος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λούρος']
});
glossary.set("ζωνάρι ή ζουνάρ(ι)", {
    category: "τμήμα σκάφους",
    definition: "ημιστρόγγυλο κομμάτι ξύλου τοποθετημένο εξωτερικά του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("θαλασσομάχος", {
    category: "τμήμα σκάφους",
    definition: "ξύλινο ή σιδερένιο τόξο (ή βέργα) που στηρίζεται στο <span class='glossary-term'>μπαστούνι</span> και κρατά τεντωμένη την <span class='glossary-term'>καδένα</span> που ενώνει την άκρη του μπαστουνιού με τη μέση του ποδοστάματος (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καδένα', 'μπαστούνι']
});
glossary.set("θέρμο", {
    category: "τεχνικός όρος",
    definition: "η πλήρης εφαρμογή δύο ή περισσότερων μαδεριών στο <span class='glossary-term'>μπουκάρισμα</span>, το απόλυτο σφίξιμο, φίλιασμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπουκάρισμα']
});
glossary.set("θρούμπα", {
    category: "εργαλείο του καϊκιού",
    definition: "η αντλία για την άντληση των νερών από τη <span class='glossary-term'>σεντίνα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σεντίνα']
});
glossary.set("ίσαλος", {
    category: "τμήμα σκάφους",
    definition: "η τομή της εξωτερικής επιφάνειας ενός σκάφους με ένα οριζόντιο επίπεδο (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ίσαλος πλεύσης", {
    category: "τμήμα σκάφους",
    definition: "η τομή της εξωτερικής επιφάνειας ενός σκάφους με το οριζόντιο επίπεδο της θάλασσας όταν αυτό πλέει",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ισόβενο", {
    category: "ξυλεία",
    definition: "ξύλο με τα <span class='glossary-term'>νερά</span> του κατά μήκος της μεγάλης διάστασης. ",
    synonyms: [],
    antonyms: ['πίκουρο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά']
});
glossary.set("ισοδιαβάτισμα", {
    category: "χαρακτηρισμός",
    definition: "ομαλή διαμόρφωση (χωρίς εξογκόματα - κόμπους) μιας καμπύλης ή επίπεδης επιφάνειας του ξύλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ισότροπο", {
    category: "χαρακτηρισμός",
    definition: "το πλοίο ευθυγραμμισμένο με την τρόπιδα σε ορθή γωνία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καβαλάρης", {
    category: "τμήμα σκάφους",
    definition: "το πρώτο <span class='glossary-term'>μαδέρι</span> επάνω από το <span class='glossary-term'>τουρέλο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'τουρέλο']
});
glossary.set("καβαλικευτή", {
    category: "χαρακτηρισμός",
    definition: "<span class='glossary-term'>βάρκα</span> με ανάγλυφο <span class='glossary-term'>πέτσωμα</span> όπου το ένα <span class='glossary-term'>μαδέρι</span> καβαλάει λίγο τον αρμό του άλλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'μαδέρι', 'πέτσωμα']
});
glossary.set("καβίλια", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μικρός ξύλινος <span class='glossary-term'>πείρος</span> ή <span class='glossary-term'>ξυλοκάρφι</span> που χρησιμοποιείται ως <span class='glossary-term'>καρφί</span> για τις συνδέσεις δύο ξύλινων κομματιών (κυρίως πόστες)",
    synonyms: ['εντορμία, μόρσο'],
    antonyms: ['τόρμος'],
    english: "trunnels (lit. tree nails)",
    design: false,
    photo: false,
    termsindefinition: ['καρφί', 'ξυλοκάρφι', 'πείρος']
});
glossary.set("καβουριά", {
    category: "τεχνικός όρος",
    definition: "η επιφανειακή προσβολή του ξύλου από το σκουλήκι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καδένα", {
    category: "τμήμα σκάφους",
    definition: "ο <span class='glossary-term'>καθρέφτης</span> που χωρίζει την πλωριά <span class='glossary-term'>κουβέρτα</span> από την υπόλοιπη <span class='glossary-term'>βάρκα</span> (κατά Πουλιανό είναι ο πάγκος που κάθεται ο καπετάνιος στην πρύμνη και τιμονεύει, είδος <span class='glossary-term'>καμάρι</span> που πιάνει από τη μια <span class='glossary-term'>κουπαστή</span> στην άλλη)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'καθρέφτης', 'καμάρι', 'κουβέρτα', 'κουπαστή', 'λιανό']
});
glossary.set("καδένα - καραμουσάλι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "Χοντρή αλυσίδα αγκυρωμένη στο έδαφος με τις 'χωστές' και τοποθετημένη κατά μήκος της ακτογραμμής μέσα στο χώρο του <span class='glossary-term'>καρνάγιου</span>. Από τους κρίκους της αλυσίδας στερεώνονται ράουλα (μπαστέκες) ή σιδερένια πολύσπαστα (παλάγκα) ή χοντά κλειδιά για την κατάλληλη όδευση και αγκύρωση των συρματόσχοινων κατά τις ανελκύσεις, καθελκύσεις ή μετακινήσεις των σκαφών στο <span class='glossary-term'>καρνάγιο</span>. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καρνάγιο']
});
glossary.set("καδινέλο", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "δοκάρι μικρό τοποθετημένο κατά πλάτος όπου στηρίζονται τα τουράκια της <span class='glossary-term'>βάρκας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'τουράκι']
});
glossary.set("καζήκι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "<span class='glossary-term'>χοντρό</span> σιδερένιο καλέμι που το μπήγουν στο έδαφος για το άνοιγμα τρύπας της υποδοχής πασσάλων (<span class='glossary-term'>σκάρωμα</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκάρωμα', 'χοντρό']
});
glossary.set("καθέλκυση", {
    category: "εργασία-τεχνική",
    definition: "το ρίξιμο του σκάφους στο γυαλό",
    synonyms: [],
    antonyms: [],
    english: "launching ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κάθισμα", {
    category: "έκφραση",
    definition: "το δι' ολίγο <span class='glossary-term'>ξενέρισμα</span> ενός καϊκιού από τη θάλασσα επάνω στα <span class='glossary-term'>βάζα</span> κατά την ανέλκυση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'ξενέρισμα']
});
glossary.set("καθρέφτης", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ξύλινη επιφάνεια (επίπεδη ή ελαφρώς καμπυλωμένη) που τοποθετείται στην πρύμνη ορισμένων σκαφών ή σε μικρότερο μέγεθος στην πλώρη των περαμάτων. Τα καΐκια που έχουν καθρέφτη στην πρύμνη λέγονται βαρκαλάδες.",
    synonyms: ['άβακας'],
    antonyms: [],
    english: "transom ",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("καΐκι", {
    category: "τύπος σκάφους",
    definition: "ονομασία μικρού ξύλινου σκάφους",
    synonyms: [],
    antonyms: [],
    english: "caique",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καλάρει νερό", {
    category: "έκφραση",
    definition: "εισχωρεί θαλασσινό νερό μέσα στο <span class='glossary-term'>καΐκι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("καλαφάτης", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "τεχνίτης που ασχολείται με τη στεγανοποίηση των αρμών της <span class='glossary-term'>γάστρας</span> και της <span class='glossary-term'>κουβέρτας</span> των καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "caulker ",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'κουβέρτα']
});
glossary.set("καλαφάτι ή καλαφάτης", {
    category: "εξοπλισμός καρνάγιου",
    definition: "ιδιόρρυθμος τύπος <span class='glossary-term'>καβαλέτου</span> που χρησιμοποιόταν για τη στήριξη και το σχίσιμο βαρέων κορμών με μεγάλη πριόνα (<span class='glossary-term'>πησκί</span>)",
    synonyms: ['καβαλέτο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καβαλέτο', 'πησκί']
});
glossary.set("κάβουρας ", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>για βίδωμα και ξεβίδωμα μεταλλικών συνδέσμων ",
    synonyms: [],
    antonyms: [],
    english: "pipe wrench",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("καλαφατικό", {
    category: "εργαλείο",
    definition: "μικρό σιδερένιο <span class='glossary-term'>εργαλείο </span>σαν κοπίδι που χρησιμοποιούν οι καλαφάτες για να εισάγουν με αυτό το <span class='glossary-term'>στουπί</span> τους",
    synonyms: [],
    antonyms: [],
    english: "caulking iron",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'στουπί']
});
glossary.set("καλαφάτισμα", {
    category: "εργασία-τεχνική",
    definition: "η στεγανοποίηση, το κλείσιμο των αρμών του καϊκιού με <span class='glossary-term'>στουπί</span>",
    synonyms: [],
    antonyms: [],
    english: "caulking iron",
    design: false,
    photo: false,
    termsindefinition: ['στουπί']
});
glossary.set("καλκάνι", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "το τελευταίο και επάνω μέρος της πρύμνης στο <span class='glossary-term'>καραβόσκαρο</span>, λέγεται και <span class='glossary-term'>κορώνη</span> (Δαμιανίδης)",
    synonyms: ['κορώνη'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο', 'κορώνη']
});
glossary.set("καμάρι", {
    category: "τμήμα σκάφους",
    definition: "το εγκάρσιο καμπύλο δοκάρι που αποτελεί το βασικό δομικό στοιχείο του σκελετού του καταστρώματος",
    synonyms: [],
    antonyms: [],
    english: "deck beam",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καμάρωμα", {
    category: "εργασία-τεχνική",
    definition: "η εργασία που απαιτείται για να κατασκευαστούν και να τοποθετηθούν τα καμάρια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι']
});
glossary.set("καμπάνισμα", {
    category: "έκφραση",
    definition: "το κατά μήκος ανεβοκατέβασμα ενός σκάφους ευρισκόμενο επάνω στα <span class='glossary-term'>βάζα</span> κατά την ανέλκυση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα']
});
glossary.set("καμπούνι", {
    category: "τμήμα σκάφους",
    definition: "υπερυψωμένη <span class='glossary-term'>κουβέρτα</span> της πλώρης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα']
});
glossary.set("κάνα", {
    category: "τεχνικός όρος",
    definition: "μονάδα μέτρησης ισούμενη με 30 πόντους που χρησιμοποιείται για το μήκος σε πήχες των μικρών καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καπάκι", {
    category: "ξυλεία",
    definition: "το εξωτερικό λειψό μέρος του κορμού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καπάκι (νομείς)", {
    category: "τμήμα σκάφους",
    definition: "τμήμα του νομέα που τοποθετείται για να στηρίξει την ένωση της <span class='glossary-term'>έδρας</span> με το σκαρμό ή του σκαρμού με το <span class='glossary-term'>μαντάλι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['έδρα', 'μαντάλι']
});
glossary.set("καπάκι (κουβούσι)", {
    category: "τμήμα σκάφους",
    definition: "κοντόχοντρο <span class='glossary-term'>μαδέρι</span> που μαζί με άλλα όμοια τοποθετούνται επάνω στο <span class='glossary-term'>κουβούσι</span> και το σκεπάζουν",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβούσι', 'μαδέρι']
});
glossary.set("καπάκιασμα", {
    category: "εργασία-τεχνική",
    definition: "η αντιγραφή του κομματιού της μιας πλευράς με στάμπο το ίδιο κομμάτι για να βρεθεί το αντίστοιχο της άλλης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καπάρο", {
    category: "έκφραση",
    definition: "η προκαταβολή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καπελάγιο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ξύλινη κατασκευή (ξύλινο πλαίσιο που στα μεγαλύτερα καΐκια φέρει ξύλινο πατωματάκι) που τοποθετείται σαν καπέλο ψηλά στο <span class='glossary-term'>άλμπουρο</span>, πάνω σε τάκους-μάγουλα στερεωμένα εκατέρωθεν του καταρτιού, και έχει κενά ή τρύπες από τα οποία περνούν τα <span class='glossary-term'>ξάρτια</span> (ή στηρίζει τα <span class='glossary-term'>ξάρτια</span> στο <span class='glossary-term'>άλμπουρο</span>???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'καΐκι', 'ξάρτια']
});
glossary.set("καπλαμάς", {
    category: "εξοπλισμός καρνάγιου",
    definition: "τα κάτω μέρη των βαζών που αλείφονται με άλιμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καπόνι", {
    category: "τμήμα σκάφους",
    definition: "ξύλινο δοκάρι που εξέχει της <span class='glossary-term'>κουπαστής</span> στην πλώρη και από το οποίο αναρτάται το <span class='glossary-term'>παλάγκο</span> για το ανέβασμα της άγκυρας, ύστερα από το τράβηγμα της <span class='glossary-term'>καδένας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καδένα', 'κουπαστή', 'παλάγκο']
});
glossary.set("καράβολας", {
    category: "εργαλείο",
    definition: "χειροτρύπανο σχήματος ελικοειδούς, μεγάλου διαμετρήματος για άνοιγμα οπών με μεγάλη διάμετρο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καραβόσκαρο", {
    category: "τύπος σκάφους",
    definition: "τύπος καϊκιού με καμπυλωτή πλώρη και χαρακτηριστική ημιστρόγγυλη πρύμνη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καραμάνι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μακρύς <span class='glossary-term'>χοντρός</span> σιδερένιος λοστός που το χειρίζονταν πολλά άτομα συγχρόνως πηγαίνοντας τα χέρια με ρυθμό μπρος-πίσω για το χάλασμα των στηριγμάτων του πλοίου (τακαριές) κατά την <span class='glossary-term'>καθέλκυση</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καθέλκυση', 'χοντρό']
});
glossary.set("καραμοσάλι ή καραμουσάλι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "χοντρή <span class='glossary-term'>καδένα</span> στερεωμένη στη γη η οποία εκτείνεται παράλληλα με το γιαλό και επάνω της δένονται τα παλάγκα για την ανέλκυση ή <span class='glossary-term'>καθέλκυση</span> των σκαφών (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καδένα', 'καθέλκυση']
});
glossary.set("καργάρισμα", {
    category: "έκφραση",
    definition: "η πίεση, ο εξαναγκασμός που υφίστανται διάφορα κομμάτια όταν δεν πηγαίνουν σωστά στη θέση τους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καρένα ή καρίνα", {
    category: "τμήμα σκάφους",
    definition: "το κυριότερο και βασικότερο στοιχείο του πλοίου, η τρόπιδα, δηλαδή το επιμήκες ξύλινο δοκάρι επάνω στο οποίο 'χτίζεται' ο σκελετός του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "keel",
    design: false,
    photo: false,
    termsindefinition: ['κότερο']
});
glossary.set("καρενάρισμα", {
    category: "εργασία-τεχνική",
    definition: "Η εργασία καθαρισμού και συντήρησης της <span class='glossary-term'>γάστρας</span> ενός ξύλινου σκάφους που γινόταν παλαιότερα εν πλω, με την κατάκλιση του σκάφους από την μία και από την άλλη πλευρά του. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("καρμανιόλα", {
    category: "εργαλείο",
    definition: "μεγάλη πριόνα που κόβει κορμούς κάθετα στις ίνες του δέντρου",
    synonyms: [],
    antonyms: [],
    english: "crosscut saw",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καρνάγιο", {
    category: "None",
    definition: "ο χώρος που κατασκευάζονται τα καΐκια",
    synonyms: ['αρσανάς, ταρσανάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("καρόβιδα", {
    category: "εργαλείο",
    definition: "χειροτρύπανο σχήματος ελικοειδούς μετρίου πλάτους (για βίδες)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καρπούζι", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "η κοίλη εξωτερική γραμμή του πλωριού ποδοστάματος στο <span class='glossary-term'>τρεχαντήρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρεχαντήρι']
});
glossary.set("καρπούζι (παλάγκο ξαρτιού)", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το κάθε ένα από τα δύο ξύλινα στοιχεία που αποτελούν το <span class='glossary-term'>παλάγκο</span> με το οποίο τεντώνει το ξάρτι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παλάγκο']
});
glossary.set("καρφί", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "είδος πρόκας τριγωνικού σχήματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κασελάκι", {
    category: "τεχνικός όρος",
    definition: "το καθάρισμα ενός σαπισμένου ξύλου με τοποθέτηση μικρού επιφανειακού κομματιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κάσσαρο", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ανοιχτό φαρδύ στέγαστρο της πλώρης όσο το πλάτος ενός καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καστανιόλες", {
    category: "τμήμα σκάφους",
    definition: "οι υποδοχές των σκαλμών όπου επάνω τους ακουμπούν τα κουπιά της <span class='glossary-term'>βάρκας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("κατακάρφωμα", {
    category: "εργασία-τεχνική",
    definition: "γενικό ξανακάρφωμα του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κατακέφαλο", {
    category: "χαρακτηρισμός",
    definition: "το καμπύλο σχήμα ενός μαδεριού με την καμπύλη του (καμπούρα) προς τα επάνω και τις δύο άκρες (σόκορα) προς τα κάτω, το κυρτό",
    synonyms: [],
    antonyms: ['λονάδο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καταράφα", {
    category: "εργαλείο",
    definition: "μεγάλη ξυλοσφύρα (<span class='glossary-term'>ματσόλα</span>) με μακριά λαβή για το <span class='glossary-term'>καλαφάτισμα</span> πολύ ανοιγμένων αρμών σε μεγάλα σκάφη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτισμα', 'ματσόλα']
});
glossary.set("καταρράχτης", {
    category: "εργαλείο",
    definition: "Το μεγάλο χειροκίνητο <span class='glossary-term'>πριόνι</span> με πλαίσιο, η παλαιότερη  εγκατάσταση του υδροπρίονου και πρόσφατα το μεγάλο ηλεκτρικό <span class='glossary-term'>πριόνι</span> για τους κορμούς των δέντρων. ",
    synonyms: ['πισκί'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πριόνι']
});
glossary.set("καταρτάς", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "η ακμή του πανιού <span class='glossary-term'>μπούμα</span> ή <span class='glossary-term'>πένα</span> ή σακολέβα που βρίσκεται στη <span class='glossary-term'>μεριά</span> του καταρτιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λέβα', 'μεριά', 'μπούμα', 'πένα']
});
glossary.set("κατάρτι", {
    category: "τμήμα σκάφους",
    definition: "ο ιστός, το <span class='glossary-term'>άλμπουρο</span> ενός σκάφους",
    synonyms: ['άλμπουρο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο']
});
glossary.set("κατάστρωμα", {
    category: "τμήμα σκάφους",
    definition: "το εξωτερικό τμήμα του σκάφους, που βρίσκεται πάνω από το <span class='glossary-term'>αμπάρι</span> και εντός των παραπέτων, πάνω στο οποίο κινείται το πλήρωμα και το οποίο αποτρέπει την είσοδο νερού στο εσωτερικό (Τζαβαρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αμπάρι']
});
glossary.set("καταφραή", {
    category: "τμήμα σκάφους",
    definition: "κωνικό <span class='glossary-term'>μαδέρι</span> όπου τελικά κλείνει, φράζει την επιφάνεια του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("κατινή κουπαστή", {
    category: "τμήμα σκάφους",
    definition: "βρίσκεται κάτω από την <span class='glossary-term'>κουπαστή</span> και καλύπτει από πάνω τους νομείς. Συνήθως διαμορφώνεται με εγκοπές, από την κάτωτης πλευρά, μέσα στις οποίες ισχωρούν οι επάνω απολύξεις των νομέων.",
    synonyms: ['κατωκουπαστή'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή']
});
glossary.set("κατινό ποδόσταμα", {
    category: "τμήμα σκάφους",
    definition: "το κάτω κομμάτι του πλωριού ποδοστάματος, όταν αυτό αποτελείται από δύο.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κατρακύλι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μικρό στρογγυλό ξύλο ή σίδερο για σύρσιμο βαρέων κορμών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κατράμι", {
    category: "τεχνικός όρος",
    definition: "μαύρο υγρό που περνούν με αυτό τα κρυφά μέρη των καϊκιών (κυρίως κούτσες)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κατσαμάκι", {
    category: "τεχνικός όρος",
    definition: "κοντό σανιδάκι, υποστήριγμα του φαλαγγιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κατσίβελος", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο σιδηρουργός, ο γύφτος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κάτσουλας", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "η κορυφή του ποδοστάματος της πλώρης (<span class='glossary-term'>κοράκι</span>) στο <span class='glossary-term'>καΐκι</span> τύπου '<span class='glossary-term'>πέραμα</span>'",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'κοράκι', 'πέραμα']
});
glossary.set("κατσούνα", {
    category: "εργαλείο",
    definition: "γυριστή <span class='glossary-term'>σκεπαρνιά</span> για την αποφλοίωση των κορμών των δέντρων από το <span class='glossary-term'>πητίκι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πητίκι', 'σκεπαρνιά']
});
glossary.set("κατωκουπαστή", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>κατινή <span class='glossary-term'>κουπαστή</span></span> ",
    synonyms: ['κατινή κουπαστή '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατινή κουπαστή', 'κουπαστή']
});
glossary.set("κάτω κουρζέτο", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>λούρος</span> ",
    synonyms: ['ζυγοδόκη, παναστάρι, λούρος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λούρος']
});
glossary.set("καφασόπροκα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "κόντρα ψηλά βελονάκια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("καφασωτά", {
    category: "τεχνικός όρος",
    definition: "πλεκτά επίπεδα πλαίσια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κάψιμο", {
    category: "εργασία-τεχνική",
    definition: "??? Η εφαρμογή φωτιάς σε τμήμα του σκάφους, κυρίως στα <span class='glossary-term'>ύφαλα</span>, με σκοπό τη συντήρηση του ξύλου και την απομάκρυνση παθογόνων παραγόντων (Τζζαβάρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αβάρα', 'ύφαλα']
});
glossary.set("κερεστές", {
    category: "ξυλεία",
    definition: "??? η ξυλεία του πλοίου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κεφαλάρι (ξυλεία)", {
    category: "ξυλεία",
    definition: "η κάτω πιο χοντρή κομμένη επιφάνεια του βουβού, η βάση του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κεφαλάρι (εργαλείο)", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "το επάνω μέρος του εργάτη (χειροκίνητο παλαιό <span class='glossary-term'>βίντσι</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι']
});
glossary.set("κεφάλια", {
    category: "τεχνικός όρος",
    definition: "η διαφορά του ύψους των δύο άκρων (πλώρης-πρύμνης) από αυτό της μέσης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κεφάλωμα", {
    category: "εργασία-τεχνική",
    definition: "το κοπάνισμα με σφυρί μιας κομμένης <span class='glossary-term'>τζαβέτας</span> ή πρόκας για να δημιουργηθεί κεφάλι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τζαβέτα']
});
glossary.set("κινήσι", {
    category: "εργαλείο",
    definition: "βλ.<span class='glossary-term'>γκινίσι</span>",
    synonyms: [],
    antonyms: [],
    english: "plough plane",
    design: false,
    photo: true,
    termsindefinition: ['γκινίσι']
});
glossary.set("κινησιά", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>γκινισιά</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γκινισιά']
});
glossary.set("κινόσο", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>γκινόσο</span>",
    synonyms: [],
    antonyms: [],
    english: "rabbet plane",
    design: false,
    photo: false,
    termsindefinition: ['γκινόσο']
});
glossary.set("κλαδούσα", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "γεροδεμένη γυναίκα που κουβαλούσε στην πλάτη μεγάλες θυμαρίσιες μπάλες (ζαλιές) για το <span class='glossary-term'>κάψιμο</span> των καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κάψιμο']
});
glossary.set("κοκκινάβαρη", {
    category: "εργαλείο",
    definition: "η νερομπογιά της <span class='glossary-term'>στάφνης</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στάφνη']
});
glossary.set("κοκορέλι", {
    category: "τύπος σκάφους",
    definition: "τύπος καϊκιού με λίγο καμπύλη την πρύμνη και περισσότερο την πλώρη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κολλάρο", {
    category: "τμήμα σκάφους",
    definition: "Το πλαίσιο που διαμορφώνει και ενισχύει την τρύπα στο <span class='glossary-term'>κατάστρωμα</span> μέσα από την οποία περνά το <span class='glossary-term'>κατάρτι</span> ",
    synonyms: [],
    antonyms: [],
    english: "mast-hole collar",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'κατάστρωμα']
});
glossary.set("κόμιζα", {
    category: "None",
    definition: "μικρή υπερύψωση του καταστρώματος στην πλώρη.",
    synonyms: ['καμπούνι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κόμπος", {
    category: "τμήμα σκάφους",
    definition: "το κοίλο εξωτερικό μέρος ενός σκάφους κάτω ακριβώς από την ίσαλο",
    synonyms: [],
    antonyms: ['αρίδικο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κόνικο", {
    category: "χαρακτηρισμός",
    definition: "κομμάτι ξύλου όπου η άκρη του λεπταίνει απότομα (αντίθετο με το <span class='glossary-term'>αρίδικο</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρίδικο']
});
glossary.set("κοντάκι", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ξύλο που επεκτείνει το πρυμνιό ποδόσταμα του <span class='glossary-term'>καραβόσκαρου</span> προς τα πίσω",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο']
});
glossary.set("κοντάρι του μουσαμά", {
    category: "τμήμα σκάφους",
    definition: "το κοντάρι που περνά μέσα από τις φουρκαδέλλες και επάνω του δένεται ο μουσαμάς του <span class='glossary-term'>παραπέτου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παραπέτο']
});
glossary.set("κόντρα καβαλάρης", {
    category: "τμήμα σκάφους",
    definition: "το τρίτο <span class='glossary-term'>μαδέρι</span> από την καρένα προς τα επάνω, μετά το <span class='glossary-term'>τουρέλο</span> και τον καβαλάρη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'τουρέλο']
});
glossary.set("κόντρα καρένα", {
    category: "τμήμα σκάφους",
    definition: "κομμάτι ξύλου τοποθετημένο κάτω από την καρένα και καθ' όλο το μήκος της",
    synonyms: [],
    antonyms: [],
    english: "false keel",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κόντρα κότσι", {
    category: "τμήμα σκάφους",
    definition: "κομμάτι σκληρού ξύλου τοποθετημένου κάτω από το <span class='glossary-term'>κότσι</span> - το ξύλο αυτό συνδέει την κόντρα καρίνα με το <span class='glossary-term'>κόντρα ποδόσταμα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κόντρα ποδόσταμα', 'κότσι']
});
glossary.set("κόντρα ποδόσταμα", {
    category: "τμήμα σκάφους",
    definition: "κομμάτι σκληρού ξύλου τοποθετημένου μπροστά από το πλωριό ποδόσταμα και καθόλο το μήκος του",
    synonyms: [],
    antonyms: [],
    english: "false post",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κόντρα φλόκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>φλόκος</span> που  αρτάται από το <span class='glossary-term'>μπαστούνι</span> και βρίσεται μπροστά από τον φλόκο και πίσω από το έξω φλόκο. αναδρομικό - διαμήκες τρίγωνο <span class='glossary-term'>πανί</span> της πλώρης που αναρτάται από το <span class='glossary-term'>στράλιο</span> του κόντρα μπαστουνιού",
    synonyms: [],
    antonyms: [],
    english: "outer jib ",
    design: false,
    photo: false,
    termsindefinition: ['μπαστούνι', 'πανί', 'στράλιο', 'φλόκος']
});
glossary.set("κοράκι", {
    category: "τμήμα σκάφους",
    definition: "το επάνω άκρο του πλωριού ποδοστάματος. Αναφέρεται και για το επάνω άκρο του ποδοστάματος στην πρύμνη.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κορδονιέρα της μέσης", {
    category: "εργαλείο",
    definition: "Εργαλείο λείανσης που διαμορφώνει κυρτές λορίδες πάνω στα μαδέρια της <span class='glossary-term'>γάστρας</span> ή του καταστρώματος ",
    synonyms: [],
    antonyms: [],
    english: "side-hollow moulding plane",
    design: false,
    photo: true,
    termsindefinition: ['γάστρα', 'μαδέρι']
});
glossary.set("κόρκομα", {
    category: "τεχνικός όρος",
    definition: "μεγάλη συρμάτινη κουλούρα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κορφιάς", {
    category: "τμήμα σκάφους",
    definition: "φεγγίτης επάνω από το σπιράγιο ή από άλλη <span class='glossary-term'>υπερκατασκευή</span> που στηρίζεται σε παραλληλόγραμμο πλαίσιο και τα δύο φύλλα του που ανοίγουν έχουν το σχήμα μικρής δίρριχτης στέγης (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['υπερκατασκευή']
});
glossary.set("κορώνη", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "το τελευταίο και επάνω μέρος της πρύμνης στο <span class='glossary-term'>καραβόσκαρο</span> ή σε ένα βαρκαλά, λέγεται και <span class='glossary-term'>καλκάνι</span>",
    synonyms: ['καλκάνι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλκάνι', 'καραβόσκαρο']
});
glossary.set("κοσκινόπροκα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μικρή χάλκινη πρόκα με μεγάλο κεφάλι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κοτσαδόρος", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο άνθρωπος που δένει, κοτσάρει τα ξύλα για να βγουν από τη θαλασσινή <span class='glossary-term'>μάντρα</span> στη στεριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάντρα']
});
glossary.set("κότσι", {
    category: "τμήμα σκάφους",
    definition: "κομμάτι ξύλου στο κάτω μέρος του πλωριού ποδοστάματος που διαμορφώνει την απότομη κυρτότητα της ένωσης του ποδοστάματος με την καρίνα - στα μικρά καΐκια ταυτίζεται με το κατινό (Δαμιανίδης) - κατά Πουλιανό το κάτω άκρο της πλώρης ή της πρύμνης, οι άκρες της καρίνας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'λιανό']
});
glossary.set("κουβαρίστρα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "το τύμπανο του βιντσιού και του εργάτη που υποδέχεται το συρματόσχοινο στο περιτύλιγμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουβέρτα", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>πέτσωμα</span> του καταστρώματος. το <span class='glossary-term'>κατάστρωμα</span> ( το επάνω σκέπασμα του καϊκιού Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "deck planking",
    design: false,
    photo: false,
    termsindefinition: ['κατάστρωμα', 'λιανό', 'πέτσωμα']
});
glossary.set("κουβέρτωμα", {
    category: "εργασία-τεχνική",
    definition: "η εργασία που απαιτείται για να γίνει η <span class='glossary-term'>κουβέρτα</span> / να πετσωθεί το <span class='glossary-term'>κατάστρωμα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάστρωμα', 'κουβέρτα']
});
glossary.set("κουβούσι", {
    category: "τμήμα σκάφους",
    definition: "ξύλινο πλαίσιο που οριοθετεί το άνοιγμα του καταστρώματος προς το εσωτερικό του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουκέτα", {
    category: "τμήμα σκάφους",
    definition: "το κρεβάτι του πλοίου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουμαρίτα", {
    category: "ξυλεία",
    definition: "πεύκα κατάλληλα για ναυπηγίσιμη ξυλεία που φύονται σε βραχώδεις περιοχές",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουμπάσο", {
    category: "εργαλείο",
    definition: "ο διαβήτης",
    synonyms: [],
    antonyms: [],
    english: "caliper",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουνιάρισμα", {
    category: "εργασία-τεχνική",
    definition: "ελαφρό κτύπημα με σφυρί, <span class='glossary-term'>σκεπάρνι</span> κ.λ.π.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκεπάρνι']
});
glossary.set("κούνιο", {
    category: "εργαλείο",
    definition: "μικρό ξύλινο σανιδάκι με <span class='glossary-term'>σφήνα</span> που υποβοηθεί για το <span class='glossary-term'>φιλιάρισμα</span> των αρμών, μικρό κομμάτι ξύλο που καρφώνεται προσωρινά πάνω από κάποιο <span class='glossary-term'>μαδέρι</span> και βοηθά να τοποθετηθεί το <span class='glossary-term'>μαδέρι</span> αυτό σφιχτά στο προηγούμενο (Χωριανόπουλος IMG_7598.mp4) ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'σφήνα', 'φιλιάρισμα']
});
glossary.set("κούντουλα", {
    category: "τύπος σκάφους",
    definition: "άλλη ονομασία για τη <span class='glossary-term'>γαΐτα</span>",
    synonyms: ['γαΐτα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γαΐτα']
});
glossary.set("κούντρος ή κόντρας", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το τέταρτο από κάτω τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) ενός ιστίου με σταυρώσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("κουπαστή", {
    category: "τμήμα σκάφους",
    definition: "το <span class='glossary-term'>μαδέρι</span> που καλύπτει τις κορυφές των σκαρμών και ορίζει την επάνω επιφάνεια του <span class='glossary-term'>παραπέτου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'παραπέτο']
});
glossary.set("κουραστάρι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>πριόνι</span> για καμπύλα κοψίματα. Η λάμα του είναι λεπτή ανάλογα με την καμπυλότητα του κοψίματος και τεντώνεται με ισχυρή χορδή στην πίσω πλευρά του πριονιού",
    synonyms: ['καταρράχτης, πισκί'],
    antonyms: [],
    english: "bow saw",
    design: false,
    photo: false,
    termsindefinition: ['πριόνι']
});
glossary.set("κούρεμα", {
    category: "εργασία-τεχνική",
    definition: "το κόψιμο με <span class='glossary-term'>πριόνι</span> των ανισομετρικών κεφαλών των μαντάλων στη γραμμή του βιαρίσματος της πλώρης <span class='glossary-term'>κουπαστής</span> (<span class='glossary-term'>χαρακτό</span>) (??? Λάθος στη γραμμή της <span class='glossary-term'>κουπαστής</span>!!!)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'πριόνι', 'χαρακτό']
});
glossary.set("κουρζέτο", {
    category: "τμήμα σκάφους",
    definition: "???<span class='glossary-term'>χοντρό</span> δοκάρι τοποθετημένο πλευρικά και κάτω ακριβώς από την <span class='glossary-term'>κουβέρτα</span>, όπου επάνω του στηρίζονται οι άκρες των καμαριών??? το κουρζέτο νομίζω ότι έχει πολλές διαφορετικές ερμηνείες ίσως να πρέπει να βάλουμε ξεχωριστά λήμματα???",
    synonyms: ['τρυπητό, ταρακλαμάς', 'αστάρι??'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα', 'χοντρό']
});
glossary.set("κουρίτα", {
    category: "τύπος σκάφους",
    definition: "επίπεδη μικρή <span class='glossary-term'>βάρκα</span> χωρίς νομείς (σκαφίδα)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("κουτάλα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "συνώνυμη έννοια με τη λέξη <span class='glossary-term'>αϊνάς</span>",
    synonyms: ['αϊνάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αϊνάς']
});
glossary.set("κουτούκι", {
    category: "ξυλεία",
    definition: "κοντόχοντρος κορμός δέντρου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κούτουλο", {
    category: "τύπος σκάφους",
    definition: "βλ. <span class='glossary-term'>μπότης</span> ",
    synonyms: ['μπότης'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπότης']
});
glossary.set("κούτσα", {
    category: "τμήμα σκάφους",
    definition: "???το κενό μεταξύ των νομέων κάτω από το <span class='glossary-term'>σωτρόπι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σωτρόπι']
});
glossary.set("κόφα", {
    category: "τμήμα σκάφους",
    definition: "καφασωτό πλαίσιο με καμπύλη προς την πλώρη όπου τοποθετείται σχεδόν στην κορυφή του καταρτιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουφάρι", {
    category: "τμήμα σκάφους",
    definition: "το <span class='glossary-term'>καΐκι</span> κάτω από την <span class='glossary-term'>κουβέρτα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'κουβέρτα']
});
glossary.set("κουφοκλείδι", {
    category: "εργαλείο",
    definition: "κουφοκλείδι σωληνωτό πολύγωνο κλειδί",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κουφοσμίλη", {
    category: "εργαλείο",
    definition: "μακρύ σιδερένιο κοπίδι με σχήμα ημικυκλικό για το άνοιγμα βαθιάς τρύπας",
    synonyms: ['σγρόπια'],
    antonyms: [],
    english: "concave chisel ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κοφτέρισμα", {
    category: "τεχνικός όρος",
    definition: "προεργασία που κάνει ο <span class='glossary-term'>καλαφάτης</span> για το άνοιγμα των κλειστών αρμών πριν από το <span class='glossary-term'>καλαφάτισμα</span> ",
    synonyms: ['παράκομμα '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτης', 'καλαφάτισμα']
});
glossary.set("κοφτερό", {
    category: "εργαλείο",
    definition: "σιδερένια σμήλη του καλαφάτη με τη χρήση της οποίας παρακόβεται (ανοίγει περισσότερο) ο <span class='glossary-term'>αρμός</span> για να υποδεχθεί το <span class='glossary-term'>καλαφατικό</span> (<span class='glossary-term'>στουπί</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'καλαφατικό', 'στουπί']
});
glossary.set("κοχλίας", {
    category: "εργαλείο",
    definition: "το ελικοειδές τρυπάνι ή <span class='glossary-term'>βίδα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα']
});
glossary.set("κρέμασμα", {
    category: "None",
    definition: "όταν με τον καιρό η καρίνα του σκάφους καμπυλώνεται στις άκρες προς τα κάτω",
    synonyms: [],
    antonyms: [],
    english: "hogging ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("κρυφοκάρφωμα", {
    category: "εργασία-τεχνική",
    definition: "πλαγιαστό κάρφωμα από την εσωτερική <span class='glossary-term'>μεριά</span> του αρμού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μεριά']
});
glossary.set("κωνσταντινωπολίτικη γαΐτα", {
    category: "τύπος σκάφους",
    definition: "παραλαγή της γαϊτας με πιο στενή <span class='glossary-term'>γάστρα</span> και περισσότερο καμπυλωμένο το πλωριό ποδόσταμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("κωστάκι", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "μικρό <span class='glossary-term'>καμπούνι</span> στις πλώρες και πρύμνες μικρών καϊκιών με τρύπα στη μέση για το παραγάδι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμπούνι', 'μπούνι']
});
glossary.set("λαβέρσο", {
    category: "χαρακτηρισμός",
    definition: "<span class='glossary-term'>μαδέρι</span> πετσικαρισμένο ή στρεβλωμένο (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("λαβίδα", {
    category: "None",
    definition: "σιδερένια λαβίδα για το κράτημα των καρφιών κατά το κάρφωμα ή του ζουμπά κατά το <span class='glossary-term'>κατακάρφωμα</span> ",
    synonyms: ['τσιμπίδα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα', 'κατακάρφωμα']
});
glossary.set("λαγγέτα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "είδος επιτροπηδίου που βρίσκεται στο ύψος της ισάλου γραμμής και προστατεύει το <span class='glossary-term'>πέτσωμα</span> του σκάφους από το τράβηγμα του σύρματος στις ανεμότρατες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πέτσωμα']
});
glossary.set("λαγουδέρα", {
    category: "τμήμα σκάφους",
    definition: "το διάκι, η οριζόντια λαβή του τιμονιού",
    synonyms: ['δοιάκι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λαδάκονο", {
    category: "εργαλείο",
    definition: "πέτρινο <span class='glossary-term'>ακόνι</span> από ψαμμίτη που το αλείφουν με λάδι και ακονίζουν τις λεπίδες των εργαλείων",
    synonyms: ['ακόνι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ακόνι']
});
glossary.set("λακκορόκανο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>ροκάνι</span> καμπυλωτό για πλάνισμα σε κοίλες επιφάνειες εγκάρσια στον άξονα του εργαλείου",
    synonyms: ['σκαφιδορόκανο'],
    antonyms: [],
    english: "round-bottomed plane",
    design: false,
    photo: true,
    termsindefinition: ['ροκάνι']
});
glossary.set("λακκοστραβορόκανο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>ροκάνι</span> καμπυλωτό για πλάνισμα σε κοίλες επιφάνειες τόσο κατά μήκος όσο και εγκάρσια του άξονα του εργαλείου.",
    synonyms: [],
    antonyms: [],
    english: "round-both-ways plane",
    design: false,
    photo: true,
    termsindefinition: ['ροκάνι']
});
glossary.set("λαλιός εργάτης", {
    category: "None",
    definition: "???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λαμάκι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>στενό</span> σιδεράνιο τασάκι - ???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στενό']
});
glossary.set("λαμπόβαρκα", {
    category: "τύπος σκάφους",
    definition: "<span class='glossary-term'>βάρκα</span> τύπου '<span class='glossary-term'>γαΐτα</span>' με λάμπα πυροφανιού που συγκεντρώνει τα ψάρια για να καλάρει αργότερα το <span class='glossary-term'>γρι-γρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'γαΐτα', 'γρι-γρι', 'ψάρι', 'ψάρι']
});
glossary.set("λασκάρισμα", {
    category: "ναυτικός όρος",
    definition: "το αντίθετο του 'βιραρίσματος'",
    synonyms: [],
    antonyms: ['βιράρισμα'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λάτζο", {
    category: "χαρακτηρισμός",
    definition: "έντονη κλίση του ποδοστάματος προς την έξω <span class='glossary-term'>μεριά</span> του σκάφους (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μεριά']
});
glossary.set("λατίνι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το τριγωνικό <span class='glossary-term'>πανί</span> δεμένο σε <span class='glossary-term'>αντένα</span> η οποία αναρτάται από το <span class='glossary-term'>άλμπουρο</span> υπό γωνία - ονομάζεται έτσι και το ιστιοφόρο με ένα λατίνι και φλόκους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'αντένα', 'πανί']
});
glossary.set("λατινάδικο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ιστιοφόρο <span class='glossary-term'>καΐκι</span> με ένα ή περισσότερα λατίνια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'λατίνι']
});
glossary.set("λατάς", {
    category: "ξυλεία",
    definition: "τετραγωνισμένος κορμός δέντρου που κοβόταν σε σανίδια από τους πισκιτζήδες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λέβα", {
    category: "ναυτικός όρος",
    definition: "???λεβάρω - αίρω λέμβον - ανεβάζω την άγκυρα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λέζος", {
    category: "τμήμα σκάφους",
    definition: "τρύπα ανοιχτή στο πρώτο σανίδι πάνω από την καρίνα (το <span class='glossary-term'>τουρέλο</span>) για να φεύγουν τα <span class='glossary-term'>νερά</span> από τις κούτσες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά', 'τουρέλο']
});
glossary.set("λεμβουργός", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο καραβομαραγκός",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λέτζα", {
    category: "εργαλείο",
    definition: "λεπτό και μακρύ σκοινί που χρησιμοποιείται ως <span class='glossary-term'>οδηγός</span> για να ανοίγονται τακάδες με το <span class='glossary-term'>σκεπάρνι</span> (<span class='glossary-term'>συμπελέκημα</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['οδηγός', 'πελέκημα', 'σκεπάρνι', 'συμπελέκημα']
});
glossary.set("λιάνισμα", {
    category: "ξυλεία",
    definition: "το κόψιμο των μικρών κλαδιών ενός κορμού ή ενός μεγάλου κλαδιού - επίσης το κομμάτιασμα ενός ξύλου (ρήμα: λιανίζω)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λιανό", {
    category: "ξυλεία",
    definition: "το ψιλό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λιανόκλαδα", {
    category: "ξυλεία",
    definition: "τα ψιλά κλαδιά του δέντρου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λιβιδέρα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "η ημιστρόγγυλη προέκταση του τρυπητού στη βάση του <span class='glossary-term'>παραπέτου</span> στην πρύμνη του καραβόσκαρτου, που λέγεται και <span class='glossary-term'>γόφος</span>",
    synonyms: ['γόφος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γόφος', 'παραπέτο']
});
glossary.set("λίμα", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>για το ακόνισμα των δοντιών των πριονιών ",
    synonyms: [],
    antonyms: [],
    english: "file",
    design: false,
    photo: false,
    termsindefinition: ['ακόνι', 'εργαλείο ']
});
glossary.set("λίμπερτι", {
    category: "τύπος σκάφους",
    definition: "τύπος καϊκιού παρόμοιου με το <span class='glossary-term'>καραβόσκαρο</span>. Στην πρύμνη διακρίνεται το ποδόσταμο μέχρι επάνω στην <span class='glossary-term'>κουπαστή</span> και στην πλώρη το ποδόσταμο είναι πολύ λίγο καμπυλωμένο με κλίσει προς τα εμπρος.  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο', 'κουπαστή']
});
glossary.set("λιψάδα", {
    category: "χαρακτηρισμός",
    definition: "ελλειπής επιφάνεια ξύλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λόβερ", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "δίστηλο ιστιοφόρο με ένα μόνο τετράγωνο <span class='glossary-term'>πανί</span> στο πλωριό και μπούμες και στα δύο κατάρτια ",
    synonyms: ['σκούνα'],
    antonyms: [],
    english: "schooner",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'πανί', 'τετράγωνο πανί ']
});
glossary.set("λονάδο", {
    category: "χαρακτηρισμός",
    definition: "η αντίθετη έννοια του '<span class='glossary-term'>κατακέφαλου</span>', το σχήμα ενός μαδεριού με την καμπύλη του (καμπούρα) προς τα κάτω και τις δύο άκρες (σόκορα) προς τα πάνω, το κοίλο",
    synonyms: [],
    antonyms: ['κατακέφαλο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατακέφαλο']
});
glossary.set("λούκι απλό", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span><span class='glossary-term'>στενό</span> με κοφτερή, ημικυκλική λεπίδα για να ανοίγονται αυλακωτές γραμμές πάνω σε ξύλινες επιφάνειες",
    synonyms: [],
    antonyms: [],
    english: "round moulding plane ",
    design: false,
    photo: true,
    termsindefinition: ['εργαλείο ', 'στενό']
});
glossary.set("λούκι μπούρδου", {
    category: "εργαλείο",
    definition: "παρόμοιο <span class='glossary-term'>εργαλείο </span>με το απλό λούκι, με διπλή λεπίδα, που χρησιμοποιείται για να ανοίγονται τα πανωζώναρα (<span class='glossary-term'>μπούρδα</span>) του <span class='glossary-term'>παραπέτου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'μπούρδα', 'παραπέτο']
});
glossary.set("λουνάδα", {
    category: "None",
    definition: "???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("λούρος", {
    category: "τμήμα σκάφους",
    definition: "διαμήκες στοιχείο του σκελετού, στην εσωτερική επιφάνεια των νομέων. Επάνω του εδράζονται τα καμάρια.",
    synonyms: ['κάτω κουρζέτο'],
    antonyms: [],
    english: "shelf clamps",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι']
});
glossary.set("λωμιτάρι ή λουμπάρι", {
    category: "τεχνικός όρος",
    definition: "μικρό άνοιγμα του μαδερώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαγγανάκια", {
    category: "εργαλείο",
    definition: "οι χειρολαβές της μεγάλης πριόνας (<span class='glossary-term'>πησκί</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πησκί']
});
glossary.set("μαγγάρισμα", {
    category: "τεχνικός όρος",
    definition: "η μείωση της φωτιάς",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαγκιόρες πόστες", {
    category: "τμήμα σκάφους",
    definition: "οι πρώτοι νομείς που σχεδιάζονται στην <span class='glossary-term'>σάλα</span> μετά τους μεσαίους νομείς. Είναι συνήθως 3-4 από την μέση προς την πλώρη και άλλοι τόσοι από την μέση προς την πρύμνη και έχουν ίσες αποστάσεις μεταξύ τους. Είναι περίπου ανά 3-5 πραγματικούς νομείς ανάλογα με το μέγεθος του σκάφους. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σάλα']
});
glossary.set("μάγουλο", {
    category: "τμήμα σκάφους",
    definition: "πρόσθετο κομμάτι τοποθετημένο και στις δύο πλευρές του ποδοστάματος και κατά μήκος του ασσού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαδέρι", {
    category: "ξυλεία",
    definition: "μακρύ και φαρδύ κομμάτι ξύλο σχετικά μικρού πάχους χρησιμοποιούμενο κυρίως για το <span class='glossary-term'>πέτσωμα</span> του σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πέτσωμα']
});
glossary.set("μαδέρωμα", {
    category: "τμήμα σκάφους",
    definition: "το κάρφωμα του μαδεριών έξω από το <span class='glossary-term'>σκαρί</span>",
    synonyms: ['πέτσωμα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκαρί']
});
glossary.set("μάινα", {
    category: "ναυτικός όρος",
    definition: "ναυτικό παράγγελμα που σημαίνει 'κατέβασε' ή 'χαλάρωσε' και αναφέρεται σε σκοινί ή συρματόσχοινο - μαϊνάρω=χαμηλώνω",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαΐστρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το πρώτο από κάτω τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) του ιστού της πρύμνης με σταυρώσεις - μαΐστρα λέγεται και το κύριο <span class='glossary-term'>πανί</span> ενός μονόστυλου σκάφους",
    synonyms: [],
    antonyms: ['γίσα ή ίσα'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("μακαράς", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ξύλινη τροχαλία, μονή, διπλή ή και τριπλή, χρησιμοποιούμενη κυρίως στο κινητό αλλά και το σταθερό εξαρτισμό - δύο ή περισσότεροι σχηματίζουν σύσπαστο (<span class='glossary-term'>παλάγκο</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παλάγκο', 'σύσπαστο ', 'χαλί']
});
glossary.set("μακαρατζής", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο κατασκευαστής μακαράδων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαλαστούπα", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>στουπί</span> (ή λινάτσα) ποτισμένο στο πετρέλαιο και δεμένο στη <span class='glossary-term'>διχάλα</span> για το <span class='glossary-term'>κάψιμο</span> μικρών επιφανειών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['διχάλα', 'κάψιμο', 'στουπί']
});
glossary.set("μαλαχτάρι", {
    category: "εργαλείο",
    definition: "αρνίσια προβιά δεμένη σε μικρό κοντάρι για το πασσάλειμα της <span class='glossary-term'>πίσσας</span> πάνω στη <span class='glossary-term'>γάστρα</span> ενός σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'πίσσα']
});
glossary.set("μάνα", {
    category: "τμήμα σκάφους",
    definition: "Μαδέρι του πετσώματος του καταστρώματος φαρδύτερο και παχύτερο από το υπόλοιπο <span class='glossary-term'>πέτσωμα</span>. Τοποθετείται στο μέσο της <span class='glossary-term'>κουβέρτας</span> και καρφώνεται πάνω  στα καμάρια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι', 'κουβέρτα', 'πέτσωμα']
});
glossary.set("μάνα - χνάρι βασικό", {
    category: "εργαλείο",
    definition: "Το βασικό <span class='glossary-term'>χνάρι</span> του μονόχναρου πάνω στο οποίο προσαρμόζονται τα υπόλοιπα  ",
    synonyms: ['χνάρι βασικό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χνάρι']
});
glossary.set("μανάρα", {
    category: "εργαλείο",
    definition: "μεγάλο <span class='glossary-term'>τσεκούρι</span> πολύ αιχμηρό με το οποίο πελεκούσαν τις πλευρές του πεύκου (ναυπηγική <span class='glossary-term'>πελεκητή ξυλεία</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πελεκητή ξυλεία', 'τσεκούρι']
});
glossary.set("μανέλα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μακρύς ξύλινος ή σιδερένιος μοχλός - μανέλες λέγονταν και τα ξύλα που τοποθετούνταν ακτινωτά στον εργάτη ώστε σπρώχνοντάς τα να περιστραφεί",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μανιζόβολο", {
    category: "χαρακτηρισμός",
    definition: "κάθε τι απλό κι εύκολο στη χρήση του, ευκολομεταχείριστο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μανουβραδόρος", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο τεχνίτης που δουλεύει στα βαζώματα για τις ανελκύσεις και τις καθελκύσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαντάλι", {
    category: "τμήμα σκάφους",
    definition: "τμήμα ενός νομέα που αποτελεί την επάνω απόληξή του σε κάθε μία από τις δύο πλευρές του - συνήθως αποτελείται από ένα ξεχωριστό ξύλο, λέγεται και μάνταλος (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαντάλωμα", {
    category: "εργασία-τεχνική",
    definition: "επισκευή παλιών καϊκιών και προσθήκη μακρύτερων μανταλιών στους νομείς για την αύξηση του συνολικού ύψους του σκάφους (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαντάρι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> (σύσπαστο) που χρησιμεύει στο ανέβασμα και κατέβασμα μιας <span class='glossary-term'>αντένας</span> πάνω στον ιστό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'παλάγκο']
});
glossary.set("μαντέκι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> σε ζεύγος με το οποίο 'ζυγίζεται' η οριζόντια συνήθως θέση της <span class='glossary-term'>αντένας</span> πάνω στον ιστό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'παλάγκο']
});
glossary.set("μαντιζέλο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> σε ζεύγος με το οποίο πραγματοποιείται η μείωση (μουδάρισμα) της επιφάνειας ενός τετράγωνου πανιού προς τα πάνω, για να συγκρατηθεί στη συνέχεια με τα τσαμαντάλια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαντάλι', 'παλάγκο', 'τσαμαντάλι']
});
glossary.set("μάντρα", {
    category: "ξυλεία",
    definition: "περικύκλωση ξυλείας που επιπλέει στη θάλασσα με μια σειρά κορμών που έχουν συνεδεμένα άκρα - η κατασκευή αυτή γινόταν για να μεταφερθεί ένα φορτίο ξυλείας από ένα πλοίο στην παραλία του ναυπηγείου (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαντρέτο", {
    category: "τεχνικός όρος",
    definition: "συνώνυμο της λέξης 'παραστεμμένο'",
    synonyms: ['παραστεμένος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαούνα", {
    category: "τύπος σκάφους",
    definition: "χοντροφτιαγμένο κοντόφαρδο σκάφος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μαούτσο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>του καλαφάτη για την εξαγωγή παλιών στουπιών από τους αρμούς",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("μάπα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "<span class='glossary-term'>τζαβέτα</span> με κεφάλι κουλούρας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τζαβέτα']
});
glossary.set("μαραβίλια", {
    category: "εργαλείο",
    definition: "τρυπάνι με μικρό μήκος και σπείρωμα με αυξανόμενη διάμετρο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μασαλάς", {
    category: "εργαλείο",
    definition: "δικτυωτή σιδερένια σχάρα με ημιστρόγγυλο σχήμα μέσα στην οποία τοποθετείται δαδί για το '<span class='glossary-term'>κάψιμο</span>' της <span class='glossary-term'>γάστρας</span> των καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'κάψιμο']
});
glossary.set("μάσκα", {
    category: "τμήμα σκάφους",
    definition: "η πλευρά της πλώρης του σκάφους, ή αλλιώς το <span class='glossary-term'>μάγουλο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάγουλο']
});
glossary.set("μασκάδο", {
    category: "χαρακτηρισμός",
    definition: "<span class='glossary-term'>καΐκι</span> πολύ <span class='glossary-term'>χοντρό</span> στην πλώρη με φουσκωμένα μάγουλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'χοντρό']
});
glossary.set("μασταρί-μονόχναρου", {
    category: "εργαλείο",
    definition: "λεπτό και <span class='glossary-term'>στενό</span> σανιδάκι στις επιφάνειες του οποίου χαράζονται οι γραμμές της <span class='glossary-term'>μετζαρόλας</span>, και που αντιπροσωπεύει την καρίνα του σκάφους",
    synonyms: ['πινακίδι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μετζαρόλα', 'στενό']
});
glossary.set("μασταρί-σταντζόλας", {
    category: "εργαλείο",
    definition: "λεπτό και <span class='glossary-term'>στενό</span> σανιδάκι που χρησιμοποιείται με τη στατζόλα για τον προσδιορισμό του ακριβούς σχήματος ενός κομματιού ξύλου / του αρμού ενός μαδεριού",
    synonyms: [],
    antonyms: [],
    english: "spiling batten",
    design: false,
    photo: false,
    termsindefinition: ['στενό']
});
glossary.set("μασταριά", {
    category: "None",
    definition: "η σημείωση του ίχνους του μασταριού πάνω στη <span class='glossary-term'>σταντζόλα</span> κατά την διάρκεια μίας αποτύπωσης με το μασταρί και την στατζόλα ",
    synonyms: [],
    antonyms: [],
    english: "spiling",
    design: false,
    photo: false,
    termsindefinition: ['σταντζόλα']
});
glossary.set("μάστορης", {
    category: "None",
    definition: "η μεσαία <span class='glossary-term'>πόστα</span> ο μέγιστος <span class='glossary-term'>νομέας</span> που λέγεται και μεσακιά",
    synonyms: ['μεσακιά'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νομέας', 'πόστα']
});
glossary.set("μάστορες ή μάστοροι", {
    category: "τμήμα σκάφους",
    definition: "οι τελευταίοι νομείς προς την πλώρη και την πρύμνη που σχηματίζονται με το μονόχναρο. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ματικάπι", {
    category: "εργαλείο",
    definition: "χειροκίνητο παλινδρομικό τρυπάνι που έχει αποσπώμενες μύτες ",
    synonyms: [],
    antonyms: [],
    english: "ratchet brace",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ματισιά", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "η ένωση ενός ξύλο με ένα άλλο, κατά μήκος ή και εγκάρσια (ρήμα: ματίζω)",
    synonyms: ['παρέλλα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ματοκαμπάνα", {
    category: "τεχνικός όρος",
    definition: "η αύξηση της δύναμης έλξης στο <span class='glossary-term'>βιράρισμα</span> με δύο βίντσια, που το ένα βιράρει μέσα από το μακαρά στην άκρη του σύρματος του άλλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι', 'βιράρισμα']
});
glossary.set("ματρακάς", {
    category: "εργαλείο",
    definition: "μικρή βαριοπούλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μάτσα", {
    category: "εργαλείο",
    definition: "σφυρί μεγάλο και βαρύ με διχαλωτή κεφαλή από την μια πλευρά",
    synonyms: [],
    antonyms: [],
    english: "framing hammer",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μάτσα (ή ράντα)", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "η μεγάλη κάτω κινητή <span class='glossary-term'>αντένα</span> της <span class='glossary-term'>μπούμας</span> (ή <span class='glossary-term'>ράντας</span>)",
    synonyms: ['ράντα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'μπούμα', 'ράντα']
});
glossary.set("ματσόλα", {
    category: "εργαλείο",
    definition: "ξύλινο σφυρί που το στηλιάρι προεξέχει και κάτω από το κεφάλι του και χρησιμοποιείται στο <span class='glossary-term'>καλαφάτισμα</span> μαζί με τα καλαφατικά εργαλεία (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτισμα']
});
glossary.set("μαύρο-σκάφος", {
    category: "χαρακτηρισμός",
    definition: "το καινούριο <span class='glossary-term'>καΐκι</span> που παραδίδει ο κατασκευαστής στον ιδιοκτήτη και είναι καλαφατισμένο, πισσαρισμένο και χρωματισμένο (???) με όλα τα σιδερένια εξαρτήματα (βίδες βάσεων και καρένας, βελόνια, χαλκάδες, εξαρτόριζες)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βελόνι', 'καΐκι']
});
glossary.set("μέγκα", {
    category: "τεχνικός όρος",
    definition: "Μισοχαρακτός σύνδεσμος δύο δοκαριών που συνδέονται εγκάρσια σε σχήμα Τ - τέτοιες είναι οι συνδέσεις των μισοκάμαρων με τα <span class='glossary-term'>μεριά</span> στα γκουβούσια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γκουβούσι', 'κουβούσι', 'μεριά', 'χαρακτό']
});
glossary.set("μεζαρόλα", {
    category: "τεχνικός όρος",
    definition: "γεωμετρικό τρίγωνο μέσα στο οποίο διατηρούνται οι νομείς που στη συνέχεια θα σημειωθούν επάνω στο μονόχναρο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μέντζο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "σκοινί το οποίο δένεται στην κάτω ελεύθερη πλευρά του τετράγωνου πανιού και χρησιμεύει για το μάζεμά του (συστολή του) επάνω στην <span class='glossary-term'>αντένα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα']
});
glossary.set("μεριά", {
    category: "τμήμα σκάφους",
    definition: "ξύλινες δοκοί που έχουν τις ίδιες διαστάσεις με τα καμάρια και συνδέονται κάθετα με αυτά, καθώς και με τα μισοκάμαρα, με συνδέσεις κλειδιά (μέγγες) - τα μεριά καθορίζουν τα ανοίγματα των αμπαριών και είναι τα θεμέλια των κουβουσιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι']
});
glossary.set("μεσακιά πόστα", {
    category: "τμήμα σκάφους",
    definition: "ο μεσαίος <span class='glossary-term'>νομέας</span> που λέγεται και <span class='glossary-term'>μάστορης</span>",
    synonyms: ['μάστορης', 'μεσαίος νομέας'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάστορης', 'νομέας']
});
glossary.set("μεσοκομμένο", {
    category: "τεχνικός όρος",
    definition: "<span class='glossary-term'>αρμός</span> του πετσώματος που δεν έχει γίνει με σωστές στέλες (κλίσεις) και είναι ανοιχτός από μέσα και κλειστός από έξω ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός']
});
glossary.set("μετζάνα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "Μικρό <span class='glossary-term'>πανί</span> σε μικρό <span class='glossary-term'>κατάρτι</span> πολύ κοντά στην πρύμνη ενός καϊκιού. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'πανί']
});
glossary.set("μετζανί", {
    category: "τμήμα σκάφους",
    definition: "το μεσαίο δοκάρι κατά το μήκος του αμπαριού που επάνω του ακουμπούν οι μπουκαπόρτες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μετζαρόλα", {
    category: "τεχνικός όρος",
    definition: "διάγραμμα που γίνεται για να προσδιοριστούν οι χαράξεις των διαδοχικών νομέων πάνω στα επιμέρους χνάρια του μονόχναρου ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χνάρι']
});
glossary.set("μηχανοκάικο", {
    category: "τύπος σκάφους",
    definition: "σπογγαλιευτικό καϊκι στο οποίο έχει τοποθετηθεί η αεραντλία (μηχανή) για τις καταδύσεις των σφουγγαράδων",
    synonyms: ['αχταρμάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μινιάρισμα", {
    category: "εργασία-τεχνική",
    definition: "η επάλειψη των επιφανειών των ξύλων ενός σκάφους με <span class='glossary-term'>μίνιο</span> (Τζαβαρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μίνιο']
});
glossary.set("μίνιο", {
    category: "τεχνικός όρος",
    definition: "??? Αντιδιαβρωτική βαφή που παράγεται από την ανάμιξη λινέλαιου και σκόνης οξειδίων του μολύβδου (??) (Τζαβαρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μισοκάμαρο", {
    category: "τμήμα σκάφους",
    definition: "τμήμα καμαριού που η μία του άκρη ακουμπά στο μερί και η άλλη στο <span class='glossary-term'>κουρζέτο</span> - τα μισοκάμαρα καθορίζουν τα πλάτη των διαδρόμων της <span class='glossary-term'>κουβέρτας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['δρόμων', 'κουβέρτα', 'κουρζέτο']
});
glossary.set("μισόκομμα ", {
    category: "None",
    definition: "η πλευρά του νομέα προς τα άκρα (την πλώρη και την πρύμνη) του σκάφους.",
    synonyms: [],
    antonyms: ['παράστημα'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μισοκομμένος", {
    category: "τεχνικός όρος",
    definition: "<span class='glossary-term'>αρμός</span> του πετσώματος που έχει πλανιστεί από την εσωτερική ακμή για να πάρει την κατάλληλη κλίση (<span class='glossary-term'>στέλα</span>) κατά την τοποθέτηση του. Οι αρμοί του πετσώματος κάτω από την <span class='glossary-term'>καταφραή</span> είναι μισοκομμένοι.",
    synonyms: ['μαμπλέτο'],
    antonyms: ['παραστεμένος'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'καταφραή', 'στέλα']
});
glossary.set("μισολάτινο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>λατίνι</span> που προεξέχει μόνο η <span class='glossary-term'>αντένα</span> μπορστά από το <span class='glossary-term'>κατάρτι</span>, καθώς το <span class='glossary-term'>πανί</span> έχει μια μικρή προρέα πλευρά (μπάνιο ή <span class='glossary-term'>ποδίσκος</span>) που δένεται πάνω στο <span class='glossary-term'>κατάρτι</span>. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'κατάρτι', 'λατίνι', 'πανί', 'ποδίσκος']
});
glossary.set("μισομόδελο", {
    category: "τεχνικός όρος",
    definition: "ναυπηγικό πρόπλασμα τριών διαστάσεων και συνήθως παρουσιάζει το μοσό <span class='glossary-term'>σκαρί</span> γιατί το άλλο μισό είναι συμμετρικό. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκαρί']
});
glossary.set("μισοφάλαγγο", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μισό φαλλάγι, λέγεται και <span class='glossary-term'>σκούντρο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκούντρο']
});
glossary.set("μολυβιάς", {
    category: "ξυλεία",
    definition: "πεύκο βαρύ, <span class='glossary-term'>ροζάρικο</span>, ακατάλληλο για ναυπηγική ξυλεία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ροζάρικο']
});
glossary.set("μονοσκάρμι", {
    category: "τμήμα σκάφους",
    definition: "μικρό <span class='glossary-term'>καΐκι</span> ή <span class='glossary-term'>βάρκα</span> με μονούς νομείς. οι μονές πόστες καρφωμένες στις ενώσεις (<span class='glossary-term'>τσατιά</span>) που χρησιμοποιούνται κυρίως στις βάρκες και τα μικρά καΐκια",
    synonyms: [],
    antonyms: [],
    english: "single frame",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'καΐκι', 'τσατιά']
});
glossary.set("μονόσπαστο", {
    category: "τεχνικός όρος",
    definition: "το <span class='glossary-term'>βιράρισμα</span> ενός καϊκιού στη στεριά με μονό σύρμα χωρίς μακαρά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βιράρισμα']
});
glossary.set("μονόχναρο (με προσαρμοζόμενα χνάρια)", {
    category: "εργαλείο",
    definition: "ειδικό <span class='glossary-term'>χνάρι</span> από το οποίο προκύπτουν τα σχήματα του ενός τρίτου των νομέων στην κατασκευή καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χνάρι']
});
glossary.set("χνάρι μεσαίου νομέα και φούμες", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>απλή</span> μέθοδος προσδιορισμού των σχημάτων που έχουν οι νομείς σε ένα <span class='glossary-term'>καΐκι</span> ή σε μια <span class='glossary-term'>βάρκα</span>.  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['απλή', 'βάρκα', 'καΐκι']
});
glossary.set("μόρσος ή μόρσο", {
    category: "τεχνικός όρος",
    definition: "μικρός <span class='glossary-term'>τάκος</span> με εγκοπές που στηρίζουν τα μαδέρια με σφήνες για να φτιάξουν τους αρμούς (μπανιστρώματα)",
    synonyms: ['εντορμία, καβίλια'],
    antonyms: ['τόρμος'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'τάκος']
});
glossary.set("μορφωτάρι", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>μπακαλάρι</span> ",
    synonyms: ['μπακαλάρι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπακαλάρι']
});
glossary.set("μούγιωμα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το πιάσιμο του πανιού στη <span class='glossary-term'>μάτσα</span>, ανά είκοσι-τριάντα πόντους, με σκοπό τη στερέωσή του σ' αυτή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάτσα']
});
glossary.set("μούδα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "οριζόντια σειρά από κοντά σκοινιά, τα τσαμαντάλια, ραμμένα πάνω στο <span class='glossary-term'>πανί</span>, που χρησιμοποιούνται για να δένεται το τμήμα του πανιού που μειώνεται επάνω στην <span class='glossary-term'>αντένα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'μαντάλι', 'πανί', 'τσαμαντάλι']
});
glossary.set("μουδάρω", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "μειώνω την επιφάνεια του πανιού λόγω ισχυρού ανέμου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μουράβια", {
    category: "τεχνικός όρος",
    definition: "υφαλόχρωμα, το λεγόμενο 'φαρμάκι' που χρησιμοποιείται για το βάψιμο των υφάλων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μουράδα", {
    category: "τμήμα σκάφους",
    definition: "ο χώρος που βρίσκεται στην εσωτερική <span class='glossary-term'>μεριά</span> του <span class='glossary-term'>παραπέτου</span> και της <span class='glossary-term'>κουβέρτας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα', 'μεριά', 'παραπέτο']
});
glossary.set("μουρέλο", {
    category: "εργαλείο",
    definition: "πρόχειρο ξύλινο μέτρο συγκεκριμένης διάστασης - στον Πουλιανό ονομάζεται το κομμάτι ξύλο από τον κορμό ενός δέντρου (μουρελλιάζω = τεμαχίζω, κάνω μουρέλλα από τον κορμό ενός δέντρου)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό']
});
glossary.set("μουστάκι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "το σκοινί που είναι δεμένο το <span class='glossary-term'>καΐκι</span> πάνω στα <span class='glossary-term'>βάζα</span> και το συγκρατούν κατά την ανέλκυση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'καΐκι']
});
glossary.set("μουσαμάς (στο παραπέτο)", {
    category: "τμήμα σκάφους",
    definition: "μακρόστενος μουσαμάς που τοποθετείται επάνω από την <span class='glossary-term'>κουπαστή</span> προκειμένου να αυξήσει το ύψος του <span class='glossary-term'>παραπέτου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'παραπέτο']
});
glossary.set("μούτσουνο", {
    category: "εξοπλισμός καρνάγιου",
    definition: "το μπροστινό και πισινό κυρτό μέρος των βαζών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπαζάρισμα", {
    category: "έκφραση",
    definition: "η καθήλωση μιας <span class='glossary-term'>βίδας</span>, πρόκας ή σύρματος χωρίς άλλα περιθώρια (???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα']
});
glossary.set("μπαζάρω", {
    category: "None",
    definition: "σφίγγω με σφιγκτήρες ένα <span class='glossary-term'>μαδέρι</span> στη θέση του πριν το καρφώσω",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("μπαϊντός", {
    category: "έκφραση",
    definition: "η διακοπή μιας εργασίας ή το τέλος της",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπακαλάρι", {
    category: "τμήμα σκάφους",
    definition: "το <span class='glossary-term'>μαδέρι</span> που βρίσκεται στο εσωτερικό του <span class='glossary-term'>παραπέτου</span> κάτω από την <span class='glossary-term'>κουπαστή</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'μαδέρι', 'παραπέτο']
});
glossary.set("μπακλαβάς", {
    category: "τμήμα σκάφους",
    definition: "σκαλιστός <span class='glossary-term'>ρόμβος</span> επάνω στο <span class='glossary-term'>πανωζώναρο</span> (μπούρδο)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανωζώναρο', 'ρόμβος']
});
glossary.set("μπάλα", {
    category: "εργαλείο",
    definition: "σφυρί με στρογγυλεμένο κεφάλι ",
    synonyms: [],
    antonyms: [],
    english: "ball-peen hammer",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπάλιστρο", {
    category: "εργαλείο",
    definition: "είδος ρόκανου με στενή λάμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπαλτάς", {
    category: "εργαλείο",
    definition: "μικρό <span class='glossary-term'>τσεκούρι</span>",
    synonyms: ['τσεκούρι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τσεκούρι']
});
glossary.set("μπαμπάς", {
    category: "τμήμα σκάφους",
    definition: "μικρή <span class='glossary-term'>δέστρα</span> τοποθετημένη σε ζευγάρια στην πλώρη και την πρύμνη δεξιά και αριστερά πάνω στο <span class='glossary-term'>παραπέτο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['δέστρα', 'παραπέτο']
});
glossary.set("μπάνιος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "βλ. <span class='glossary-term'>ποδίσκος</span>",
    synonyms: ['ποδίσκος'],
    antonyms: [],
    english: "tack",
    design: false,
    photo: false,
    termsindefinition: ['ποδίσκος']
});
glossary.set("μπάνιστρο", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>πάνιστρο</span>",
    synonyms: ['αρμολόγος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: true,
    termsindefinition: ['πάνιστρο']
});
glossary.set("μπανίστρωμα", {
    category: "εργασία-τεχνική",
    definition: "η εργασία που γίνεται με το <span class='glossary-term'>μπάνιστρο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπάνιστρο', 'πάνιστρο']
});
glossary.set("μπάντα", {
    category: "τμήμα σκάφους",
    definition: "η πλευρά του σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπάρα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "<span class='glossary-term'>χοντρός</span>, σιδερένιος άξονας που ενώνει τα δύο δοκάρια από τα οποία αποτελούνται τα <span class='glossary-term'>βάζα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'χοντρό']
});
glossary.set("μπάρκο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "βλ. Γαβάρα",
    synonyms: ['Γαβάρα '],
    antonyms: [],
    english: "bark",
    design: false,
    photo: false,
    termsindefinition: ['αβάρα']
});
glossary.set("μπάρκο-μπέστια", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ιστοφόρο του 19ου αιώνα με τρια κατάρτια και τετράγωνα πανιά (σταυρώσεις) μόνο στο πλωριό <span class='glossary-term'>κατάρτι</span> ",
    synonyms: [],
    antonyms: [],
    english: "barquentine",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("μπαρόξυλα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "κοντά ξύλινα κομμάτια δεμένα στις μπάρες των βαζών που κοντράρουν και τα κρατούν σε ίσες μεταξύ τους αποστάσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπασταρδί", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "οι δοκίδες που αποτελούν τον σκελετό του <span class='glossary-term'>παραπέτου</span> στην ελλειψοειδή πρύμνη του <span class='glossary-term'>καραβόσκαρου</span>. Είναι σαν τα μαντάλια που φαίνονται στο <span class='glossary-term'>παραπέτο</span> του υπόλοιπου σκάφους αλλά δεν αποτελούν προεκτάσεις ολοκληρωμένων νομέων. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο', 'μαντάλι', 'παραπέτο']
});
glossary.set("μπασταρδιάκια", {
    category: "τμήμα σκάφους",
    definition: "τα δύο τελευταία <span class='glossary-term'>ριπίδια</span> της πλώρης και της πρύμνης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ριπίδια']
});
glossary.set("μπαστέκα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "<span class='glossary-term'>μακαράς</span> με ένα καρούλι, που λέγεται και <span class='glossary-term'>ράουλο</span>",
    synonyms: ['ράουλο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μακαράς', 'ράουλο']
});
glossary.set("μπαστιγάγιο", {
    category: "τμήμα σκάφους",
    definition: "ξύλο όμοιο με <span class='glossary-term'>καμάρι</span> που συνδέει το αριστερό με το δεξί <span class='glossary-term'>παραπέτο</span> στην πλώρη και στην πρύμνη (κατά Πουλιανό είναι το <span class='glossary-term'>μαδέρι</span> που καρφώνεται γύρω στην <span class='glossary-term'>κουπαστή</span> για να μεγαλώσει το <span class='glossary-term'>παραπέτο</span>)",
    synonyms: ['παστιγάγιο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι', 'κουπαστή', 'λιανό', 'μαδέρι', 'παραπέτο']
});
glossary.set("μπαστούνι", {
    category: "τμήμα σκάφους",
    definition: "το οριζόντιο <span class='glossary-term'>άλμπουρο</span> που προεξέχει μπροστά από την πλώρη, και στα μεγάλα ιστιοφόρα έπεται του <span class='glossary-term'>μπομπέρσου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'μπομπέρσο']
});
glossary.set("μπατάρισμα", {
    category: "ναυτικός όρος",
    definition: "η κλίση ενός σκάφους από τη μία πλευρά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπατσίζι", {
    category: "τεχνικός όρος",
    definition: "το βαθούλωμα πάνω σε μια ευθεία ή κοίλη γραμμή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπαφίγκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το τρίτο από κάτω τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) ενός ιστίου με σταυρώσεις",
    synonyms: ['παφίγκος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("μπεντένι", {
    category: "τεχνικός όρος",
    definition: "πρόσθετο βοηθητικό σύρμα ή σκοινί που βιράρει ή κρατά αντίθετα (???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπιαντές", {
    category: "τύπος σκάφους",
    definition: "παλιός τύπος μικρού καϊκιού με όμοια πλώρη και πρύμνη που χρησιμεύει για πισινό (σιακαΐκι??) στα <span class='glossary-term'>γρι-γρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γρι-γρι', 'καΐκι']
});
glossary.set("μπίμπιγκο", {
    category: "None",
    definition: "<span class='glossary-term'>κατάρτι</span> που έχει φτιαχτεί με μονοκόμματο κορμό χωρίς επιστήλια",
    synonyms: ['μονοφυής'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("μπήγα", {
    category: "τμήμα σκάφους",
    definition: "μεγάλος πλωτός γερανός με τεράστια ανυψωτική δύναμη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπίντα", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>δέστρα</span> που στηρίζεται πάνω στο <span class='glossary-term'>παραπέτο</span> (???) και βρίσκεται στην πλώρη και στην πρύμνη ενός σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['δέστρα', 'παραπέτο']
});
glossary.set("μπόλκος", {
    category: "εργαλείο",
    definition: "βαρύς λοστός με γλώσσα για την αφαίρεση των τζαβετών",
    synonyms: [],
    antonyms: [],
    english: "gripping tool for headless bolts",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπομπέρσο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ο πρόβολος, το πρώτο σε σειρά οριζόντιο <span class='glossary-term'>άλμπουρο</span> που εξέχει στην πλώρη ενός ιστιοφόρου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο']
});
glossary.set("μπόσικο", {
    category: "χαρακτηρισμός",
    definition: "το χαλαρό, που δεν είναι ίσα τεντωμένο - ειδικά αναφέρεται στα σκοινιά των καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπότης", {
    category: "τύπος σκάφους",
    definition: "<span class='glossary-term'>βάρκα</span> όμοια με τη <span class='glossary-term'>γαΐτα</span>",
    synonyms: ['γαΐτα'],
    antonyms: ['συνώνυμο κούτουλο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'γαΐτα']
});
glossary.set("μπότσος", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "<span class='glossary-term'>χοντρός</span> συρμάτινος ατσαλίνος με δύο γάσες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χοντρό']
});
glossary.set("μπουκαπόρτα", {
    category: "τμήμα σκάφους",
    definition: "φαρδύ ξύλινο <span class='glossary-term'>μαδέρι</span> που σκεπάζει το <span class='glossary-term'>αμπάρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αμπάρι', 'μαδέρι']
});
glossary.set("μπουκάρισμα", {
    category: "τεχνικός όρος",
    definition: "η δυσκολία με την οποία πρέπει να εφαρμοστεί το τελικό <span class='glossary-term'>μαδέρι</span> της <span class='glossary-term'>καταφραής</span>, πιέζοντας και κλείνοντας τατυτόχρονα όσους αρμούς άλλων μαδεριών έχουν μείνει ανοιχτοί",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καταφραή', 'μαδέρι']
});
glossary.set("μπουλμές", {
    category: "τμήμα σκάφους",
    definition: "το χώρισμα ενός καΐκιού εσωτερικά και κατά πλάτος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("μπουλόνι", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μεγάλοι μεταλλικοί σύνδεσμοι (βίδες) με κεφάλι από την μια πλευρά και σπίτωμα για παξιμάδι από την άλλη ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπούμα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "διαμήκες τετράπλευρο <span class='glossary-term'>πανί</span> τεντωμένο σε κινητές αντένες, κάτω τη <span class='glossary-term'>μάτσα</span> και επάνω το <span class='glossary-term'>πίκι</span>, οι οποίες στηρίζονται πίσω από το <span class='glossary-term'>άλμπουρο</span> και δε σταυρώνουν με αυτό",
    synonyms: ['ράντα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'μάτσα', 'πανί', 'πίκι']
});
glossary.set("μπουμπάς", {
    category: "τμήμα σκάφους",
    definition: "ή <span class='glossary-term'>μπαμπάς</span>, μεγάλη <span class='glossary-term'>δέστρα</span> τοποθετημένη κατακόρυφα πάνω στο πλωριό <span class='glossary-term'>κατάστρωμα</span> του σκάφους και που στηρίζεται επάνω στο <span class='glossary-term'>σωτρόπι</span> ή στο ακράπι της πλώρης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['δέστρα', 'κατάστρωμα', 'μπαμπάς', 'σωτρόπι']
});
glossary.set("μπούνι", {
    category: "τμήμα σκάφους",
    definition: "μικρή ή μεγάλη τρύπα στο κάτω μέρος του <span class='glossary-term'>παραπέτου</span> για την απορροή των νερών από τη <span class='glossary-term'>κουβέρτα</span> (υδρορροές). Συνήθως υπάρχει σειρά από πολλά μπούνια σε κάθε πλευρά του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα', 'παραπέτο']
});
glossary.set("μπουντέλι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "γενικώς το υποστήριγμα, συνήθως το καντρόνι (δοκάρι) που στηρίζει τις κοιλιές ενός καϊκιού στη στεριά (ρήμα: μπουντελιάρω)",
    synonyms: ['αντιλήκτης'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπουργουντζής", {
    category: "None",
    definition: "ειδικότητα, στα ναυπηγεία του 19ου αιώνα, που άνοιγε τις τρύπες και εφάρμοζε τις μεταλλικούς συνδέρμους, όπως τα καρφιά και τις τζαβέτες ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπούρδα", {
    category: "τμήμα σκάφους",
    definition: "αυλακωτά ζωνάρια χαραγμένα πάνω στο ξύλο (<span class='glossary-term'>πανωζώναρο</span>) που στολίζουν το <span class='glossary-term'>παραπέτο</span> στο ύψος περίπου της <span class='glossary-term'>κουπαστής</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'πανωζώναρο', 'παραπέτο']
});
glossary.set("μπούρδος", {
    category: "None",
    definition: "ΔΕΝ ΞΕΡΩ ΤΟ ΜΠΟΥΡΔΑ ΝΟΜΙΖΩ ΟΤΙ ΕΙΝΑΙ ΤΟ ΙΔΙΟ ΠΡΑΓΜΑ ΚΑΙ ΕΙΝΑΙ ΜΠΟΥΡΔΟΣ ΟΧΙ ΜΠΟΥΡΔΑ",
    synonyms: ['τσάπα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπουρίνα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "σκοινί προσδεδεμένο στα πλάγια ενός τετράγωνου πανιού και με το οποίο ρυθμίζεται η θέση της προσήνεμης κάθε φορά ακμής του ως προς τον άνεμο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπούσουλας", {
    category: "εργαλείο του καϊκιού",
    definition: "η πυξίδα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπρακάτσα", {
    category: "τμήμα σκάφους",
    definition: "μεγάλος φαρδύς πάγκος τοποθετημένος πλώρα-πρύμα, ο οποίος ενώνει τις πλευρές και ενισχύεται με τα μπρατσόλια",
    synonyms: ['πραγκάτσα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπρατσόλι']
});
glossary.set("μπρατσέρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "Δίστηλο ιστιοφόρο, του 19ου αιώνα, με πανιά ψάθες στα δύο κατάρτια ",
    synonyms: [],
    antonyms: [],
    english: "lugger",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("μπράτσο ή πράτσο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> ή σκοινί σε ζεύγος που δένεται στο κάθε άκρο της <span class='glossary-term'>αντένας</span> και ρυθμίζει τη γωνία της ως προς την κατεύθυνση του ανέμου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'παλάγκο']
});
glossary.set("μπρατσόλι", {
    category: "τμήμα σκάφους",
    definition: "ξύλο με φυσικό οξύ άνοιγμα που στηρίζει και σταθεροποιεί τμήμα της κατασκευής και κυρίως την ένωση των καμαριών με τους λούρους και με τους νομείς",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("μπρίκι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "Δίστηλο ιστοφόρο, του 19ου αιώνα, με τετράγωνα πανιά και στα δύο κατάρτια",
    synonyms: [],
    antonyms: [],
    english: "brig",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("μύλος", {
    category: "τμήμα σκάφους",
    definition: "ο γύρος, η μεγάλη καμπύλωςη της <span class='glossary-term'>κουπαστής</span> στην πρύμνη ενός καϊκιού, κυρίως στο <span class='glossary-term'>τρεχαντήρι</span> - το υπερβολικό φούσκωμα της πρυμνιάς <span class='glossary-term'>φούρμας</span> κατά το <span class='glossary-term'>γέμισμα</span> για δημιουργία μεγαλύτερου χώρου στην <span class='glossary-term'>κουβέρτα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γέμισμα', 'κουβέρτα', 'κουπαστή', 'τρεχαντήρι', 'φούρμα']
});
glossary.set("μυξός", {
    category: "τμήμα σκάφους",
    definition: "εγκοπή στο κάτω μέρος των εδρών, μέσα από την οποία κυκλοφορούν μεταξύ πλώρης και πρύμνης τα <span class='glossary-term'>νερά</span> της <span class='glossary-term'>σεντίνας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά', 'σεντίνα']
});
glossary.set("μυτερό", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>στενό</span> <span class='glossary-term'>ροκάνι</span> με φάλτσα επιφάνεια που ανοίγει αυλάκια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ροκάνι', 'στενό']
});
glossary.set("ναυπηγήσιμος πελεκητή", {
    category: "ξυλεία",
    definition: "επεξεργασμένη ξυλεία από τη Σάμο ??? - τα πεύκα της Σάμου θεωρούνται τα καταλληλότερα για την κατασκευή καϊκιών - είναι πελεκημένα από τις τέσσερις πλευρές τους με τέτοιο τρόπο ώστε δε χάνουν καθόλου τις φυσικές τους καμπύλες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("νάβε-κορβέτο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "τρίστηλο ιστιοφόρο, του 19ου αιώνα, με τετράγωνα πανιά (σταυρώσεις) σε όλα τα κατάρτια ",
    synonyms: ['κορβέρα'],
    antonyms: [],
    english: "full-rigged ship",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("νερά", {
    category: "ξυλεία",
    definition: "οι ίνες του ξύλου όπως εμφανίζονται σε μία διαμήκη τομή του (Τζαβαρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("νήμα της στάθμης", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>ζύγι</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ζύγι']
});
glossary.set("νομέας", {
    category: "τμήμα σκάφους",
    definition: "το εγκάρσιο καμπύλο τμήμα του σκελετού του σκάφους που δίνει και το σχήμα στη <span class='glossary-term'>γάστρα</span>, λέγεται και <span class='glossary-term'>στραβόξυλο</span> και <span class='glossary-term'>πόστα</span> (Τζαβαρας)",
    synonyms: ['στραβόξυλο', 'πόστα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'πόστα', 'στραβό', 'στραβόξυλο']
});
glossary.set("νταβίδι", {
    category: "εργαλείο",
    definition: "σιδερένιος σφιγκτήρας που σφίγγει με χτυπήματα",
    synonyms: [],
    antonyms: [],
    english: "screwless clamp",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("νταμάρι", {
    category: "ξυλεία",
    definition: "ρετσίνι που έχει αναμειχθεί με χώμα και πέτρα και βρίσκεται από χρόνια στο εσωτερικό του πεύκου καθιστώντας έτσι τον κορμό κατάλληλο προς χρήση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("νταρακλαμάς", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>μαδέρι</span> κομμένο σε σχήμα χτένας που καλύπτει τα κενά στις κούτσες και τοποθετείται στην επάνω <span class='glossary-term'>μεριά</span> των λούρων (ίδιο με τους αρακλαμάδες??)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι', 'μεριά']
});
glossary.set("ντουκιάρισμα", {
    category: "εργασία-τεχνική",
    definition: "η τοποθέτηση της κάναβης (<span class='glossary-term'>στουπί</span> - ???) μέσα στο άνοιγμα του αρμού από τον καλαφάτη, στο πρώτο στάδιο του καλαφατίσματος, ντουκιαριστό ή σουρωτό <span class='glossary-term'>καλαφάτισμα</span> (βλ. Χωριανόπουλος Video1639392797591.mp4) ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτισμα', 'κάνα', 'στουπί']
});
glossary.set("ντουκιάρισμα (της αλυσίδας)", {
    category: "ναυτικός όρος",
    definition: "η πρακτική του σωριάσματος της αλυσίδας κυκλικά μέσα στο στρίντζο, τον ειδικό χώρο στην πλώρη κάτω από την <span class='glossary-term'>κουβέρτα</span> που έχει προβλεφθεί για αυτήν",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα']
});
glossary.set("ντουρέλο", {
    category: "τμήμα σκάφους",
    definition: "Το πρώτο πρώτο <span class='glossary-term'>μαδέρι</span> του πετσώματος πάνω από την καρίνα ",
    synonyms: ['πιστρόφι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("ντουφέκι", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>χοντρό</span> δοκάρι τοποθετημένο εσωτερικά, πλώρα και πρύμα, ένα αριστερά κι ένα δεξιά, με το οποίο δένονται οι νομείς (<span class='glossary-term'>ριπίδια</span>) της κάθε πλευράς - συνήθως τα ντουφέκια των δύο πλευρών συνδέονται με οριζόντιο αγκώνα τη <span class='glossary-term'>φουρνιστή</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ριπίδια', 'τουφέκι', 'φουρνιστή', 'χοντρό']
});
glossary.set("ντριτσάρισμα", {
    category: "εργασία-τεχνική",
    definition: "η πλάγια μετακίνηση ενός σκάφους ή μεγάλου αντικειμένου στη στεριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("νύχι", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>λάξευσης και λείανσης για να ανοιχτούν λούκια κατά μήκος ενός ξύλου.  Με το νύχι ανοιγαν τους ασσούς στην καρίνα και στα ποδοστάματος ",
    synonyms: [],
    antonyms: [],
    english: "sharp rabbet plane",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("ξάρτια", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "γενικώς τα σκοινιά του σταθερού εξαρτισμού με τα οποία σταθεροποιούνται τα άλμπουρα στη θέση τους και πιάνουν από το <span class='glossary-term'>καπελάγιο</span> έως το <span class='glossary-term'>παραπέτο</span> στις ξαρτόριζες - ειδικότερα ξάρτια ονομάζονται τα σκοινιά με τα οποία στηρίζονται τα άλμπουρα από τα πλευρά του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καπελάγιο', 'παραπέτο']
});
glossary.set("ξαρτόριζα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "σιδερένιο έλασμα που καρφώνεται στους νομείς ψηλά στο <span class='glossary-term'>παραπέτο</span> και στο οποίο στηρίζεται το κάτω <span class='glossary-term'>καρπούζι</span> του ξαρτιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καρπούζι', 'παραπέτο']
});
glossary.set("ξεγύρισμα", {
    category: "ξυλεία",
    definition: "χειρισμός ταινιοπρίονου (κορδέλας) για την παραγγογή στοιχείων με καμπύλες ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξεγυριστάρι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>πριόνι</span> τοποθετημένο σε τετράγωνο τελάρο που δουλεύται από έναν άνθρωπο. Είναι παρόμοιο αλλά μικρότερο από το <span class='glossary-term'>πισκί</span> ",
    synonyms: [],
    antonyms: [],
    english: "small frame saw",
    design: false,
    photo: false,
    termsindefinition: ['πισκί', 'πριόνι']
});
glossary.set("ξενέρισμα", {
    category: "έκφραση",
    definition: "η εμφάνιση έξω από την επιφάνεια του νερού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξεντουκιάρισμα", {
    category: "εργασία-τεχνική",
    definition: "το άδειασμα του αρμού από το <span class='glossary-term'>στουπί</span> παλαιότερου καλαφατίσματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στουπί']
});
glossary.set("ξεπέτσωμα", {
    category: "εργασία-τεχνική",
    definition: "το ξήλωμα των σανιδιών του πετσώματος - ονομάζεται έτσι και η αφαίρεση της φλούδας του κορμού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξερομάχισμα", {
    category: "έκφραση",
    definition: "το άνοιγμα των αρμών του πετσώματος που προκαλείται από την αποβολή της υγρασίας του ξύλου, συνήθως λόγω θερμών καιρικών συνθηκών (ρήμα: ξερομαχάει το <span class='glossary-term'>καΐκι</span>)",
    synonyms: ['στανιάρισμα, στανιάρει'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("ξωκλάδισμα ή εξωκλάδισμα", {
    category: "χαρακτηρισμός",
    definition: "η εμφάνιση κοίλων επιφανειών στο άνω εξωτερικό μέρος της <span class='glossary-term'>γάστρας</span> ενός σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("ξώκλαδο", {
    category: "χαρακτηρισμός",
    definition: "η κλίση της κάθετης γραμμής του νομέως προς την εξωτερική πλευρά του σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξυλόβιδα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "Ξύλινος σφυκτήρας ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξυλοκάρφι", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "ο ξύλινος <span class='glossary-term'>πείρος</span>, ή αλλιώς <span class='glossary-term'>καβίλια</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καβίλια', 'πείρος']
});
glossary.set("ξυλοφάς", {
    category: "εργαλείο",
    definition: "είδος <span class='glossary-term'>λίμας</span> με πολύ τραχιά επιφάνεια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λίμα']
});
glossary.set("ξυνίστροφο", {
    category: "εργαλείο",
    definition: "είδος ξύλινο καμπυλόγραμου που χρησιμποιείται σε συνδυασμό με το μονόχναρο για το σημάδεμα νομέων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("οδηγός", {
    category: "τεχνικός όρος",
    definition: "μικρό αυλάκι που χαράζεται με <span class='glossary-term'>μπάνιστρο</span> ή σινιαδούρι πάνω στην επιφάνεια ενός ξύλου και χρησιμεύει ως οδηγός για τη λάξευση ή το σκάλισμα όλης της επιφάνειας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπάνιστρο', 'πάνιστρο']
});
glossary.set("οξύπρυμνο", {
    category: "χαρακτηρισμός",
    definition: "σκάφος που η πρύμνη του συμβάλει στο πρυμιό ποδόσταμα",
    synonyms: [],
    antonyms: [],
    english: "craft with pointed stern",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("όκι", {
    category: "τμήμα σκάφους",
    definition: "χοντρή μαντεμένια σωλήνα μέσα από την οποία περνά η αλυσίδα της άγκυρας - τα όκια τοποθετούνται συνήθως κάτω από το <span class='glossary-term'>τρυπητό</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρυπητό']
});
glossary.set("παλάγκο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ο συνδιαμός δύο ή και περισσότερων τροχαλιών (μακαράδες) σε ενα σύστημα (<span class='glossary-term'>σύσπαστο </span>ή <span class='glossary-term'>πολύσπαστο</span>) για την έλξη μεγάλων βαρών",
    synonyms: ['σύσπαστο, πολύσπαστο '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πολύσπαστο', 'σύσπαστο ']
});
glossary.set("παλάμισμα", {
    category: "εργασία-τεχνική",
    definition: "το βάψιμο των βρεχάμενων τμημάτων ενός σκάφους με 'φαρμακομπογιά' (το πίσσωμα στα <span class='glossary-term'>βρεχάμενα</span> - Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βρεχάμενα', 'λιανό']
});
glossary.set("παλατζάρισμα", {
    category: "ναυτικός όρος",
    definition: "η κλίση ενός καϊκιού πότε προς τη μια και πότε προς την άλλη πλευρά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πάλος", {
    category: "τεχνικός όρος",
    definition: "στήριγμα, στύλος, ο κάθε <span class='glossary-term'>τάκος</span> επάνω στον οποίο στηρίζεται η καρίνα κατά το <span class='glossary-term'>σκάρωμα</span>",
    synonyms: ['τάκος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκάρωμα', 'τάκος']
});
glossary.set("πανί", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το ιστίο",
    synonyms: ['ιστίο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πανινό ποδόσταμα", {
    category: "τμήμα σκάφους",
    definition: "το επάνω κομμάτι του πλωριού ποδοστάματος, όταν αυτό αποτελείται από δύο.",
    synonyms: ['τσούντα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πανιόλο", {
    category: "τμήμα σκάφους",
    definition: "αφαιρούμενο σανίδι του πατώματος στο εσωτερικό ενός καϊκιού, ανάμεσα στο <span class='glossary-term'>σωτρόπι</span> και τις στραγαλιές, που καλύπτει τη <span class='glossary-term'>σεντίνα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σεντίνα', 'σωτρόπι']
});
glossary.set("πάνιστρο", {
    category: "εργαλείο",
    definition: "Εργαλείο λείανσης με λεπτή και οριζόντια την αιχμηρή λεπίδα και προεξοχή (πατούρα) από την μια πλευρά για οδηγό στη λείανση (<span class='glossary-term'>ισοδιαβάτισμα</span>) των ακμών ενός μαδεριού",
    synonyms: ['αρμολόγος '],
    antonyms: [],
    english: "None",
    design: false,
    photo: true,
    termsindefinition: ['ισοδιαβάτισμα']
});
glossary.set("πανωκάραβο", {
    category: "τμήμα σκάφους",
    definition: "το μέρος του σκάφους πάνω από την <span class='glossary-term'>κουβέρτα</span>, το οποίο περιλαμβάνει χαραχτά, τρυπητά, αστάρια, κουπαστές, πανωζώναρα, μπρακάτσες, μπρατσόλια, <span class='glossary-term'>ωμορφοτάρια</span> κ.α.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα', 'μπρατσόλι', 'ωμορφοτάρια']
});
glossary.set("πανωζώναρο", {
    category: "τμήμα σκάφους",
    definition: "το πρώτο σανίδι στην εξωτερική πλευρά του <span class='glossary-term'>παραπέτου</span> / ζωνάρι κυκλικό που καρφώνεται πάνω πάνω στο παραπέτω εξωτερικά (Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό', 'παραπέτο']
});
glossary.set("παπαδιά", {
    category: "τύπος σκάφους",
    definition: "μικρή <span class='glossary-term'>βάρκα</span> με καθρέφτη στην πρύμνη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("παράγγι", {
    category: "None",
    definition: "σχοινί που τραβούσαν τα καϊκια και τις βάρκες και μαζεβόταν γύρω από τον 'εργάτη' κατά την ανέλκυση τους στην παραλία ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("παράκομμα", {
    category: "εργασία-τεχνική",
    definition: "προεργασία που κάνει ο <span class='glossary-term'>καλαφάτης</span> για το άνοιγμα των κλειστών αρμών πριν από το <span class='glossary-term'>καλαφάτισμα</span> ",
    synonyms: ['κοφτέρισμα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτης', 'καλαφάτισμα']
});
glossary.set("παραμπαρίζη", {
    category: "έκφραση",
    definition: "η προσπάθεια, το πείσμα ενός νεαρού τεχνίτη να φτάσει στην τέχνη παλιούς και έμπειρους μαστόρους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("παραπέτο", {
    category: "τμήμα σκάφους",
    definition: "το τμήμα του κελύφους και του σκελετου ενός σκάφους που προεκτείνεται πάνω από την <span class='glossary-term'>κουβέρτα</span> (Δαμιανίδης), το πλευρικό προστατευτικό τοίχωμα της <span class='glossary-term'>κουβέρτας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα']
});
glossary.set("παρασείρω", {
    category: "εργασία-τεχνική",
    definition: "σημαδεύω την μία πλευρά ενός σανιδιού με το <span class='glossary-term'>μουρέλο</span> ή κάποιο άλλο σημαδούρι έχοντας ως οδηγό την άλλη του πλευρά (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μουρέλο']
});
glossary.set("παραστεμένος", {
    category: "τεχνικός όρος",
    definition: "<span class='glossary-term'>αρμός</span> του πετσώματος που έχει πλανιστεί από την εξωτερική ακμή για να πάρει την κατάλληλη κλίση (<span class='glossary-term'>στέλα</span>) κατά την τοποθέτηση του. Οι αρμοί του πετσώματος πάνω από την <span class='glossary-term'>καταφραή</span> είναι παραστεμένοι ",
    synonyms: ['μαντρέτο'],
    antonyms: ['μισοκομμένος '],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'καταφραή', 'στέλα']
});
glossary.set("παράστημα", {
    category: "τεχνικός όρος",
    definition: "η πλευρά του νομέα προς την μέση του σκάφους. ",
    synonyms: [],
    antonyms: ['μισόκομμα'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξεφάρδισμα", {
    category: "ξυλεία",
    definition: "χειρισμός ταινιοπρίονου (κορδέλας) για την παραγγογή στοιχείων με μικρότερο φάρδος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ξεχόνδρισμα", {
    category: "ξυλεία",
    definition: "χειρισμός ταινιοπρίονου (κορδέλας) για την παραγγογή στοιχείων με μικρότερο πάχος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("παραφέλα", {
    category: "ξυλεία",
    definition: "λεπτή σανίδα ξύλου που αφαιρείται από το εξωτερικό μέρος του κορμού όταν γίνεται <span class='glossary-term'>πελεκητή ξυλεία</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πελεκητή ξυλεία']
});
glossary.set("παρέλα (σύνδεσμος)", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "η ειδική οδοντωτή σύνδεση δύο ξύλων που το ένα είναι κατά μήκος προέκταση του άλλου (Δαμιανίδης)",
    synonyms: ['ματισιά'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("παρέλα (εργαλείο)", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>του καλαφάτη, όμοιο σχεδόν με το <span class='glossary-term'>κοφτερό</span> και το διπλάκι",
    synonyms: ['χοντρό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'κοφτερό', 'φτερό']
});
glossary.set("παρέλωμα", {
    category: "εργασία-τεχνική",
    definition: "η ένωση δύο κομματιών ξύλων κατά μήκος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πάσαλος", {
    category: "εξοπλισμός καρνάγιου",
    definition: "<span class='glossary-term'>χοντρό</span> παλούκι μπηγμένο στη γη για να στηρίζει την καρίνα όταν σκαρώνεται το σκάφος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χοντρό']
});
glossary.set("πασαρίνα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μακρύ και <span class='glossary-term'>χοντρό</span> ξύλο που χρησιμοποιείται ως μοχλός για το ανασήκωμα βαριών κορμών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χοντρό']
});
glossary.set("παστιγάγιο", {
    category: "τμήμα σκάφους",
    definition: "πρόσθετο ξύλινο δοκάρι (?) τοποθετημένο κατά μήκος της <span class='glossary-term'>κουπαστής</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή']
});
glossary.set("παστράγγουλο", {
    category: "εργαλείο",
    definition: "μικρό σιδερένιο ή ξύλινο <span class='glossary-term'>ροκάνι</span> με δύο λαβές, λέγεται και <span class='glossary-term'>ρασπάκι</span>. Το χρησιμοποιούν για πλανίσματα που δεν μπορεί να δουλέψουν οι άλλες πλάνες.",
    synonyms: [],
    antonyms: [],
    english: "spokeshave",
    design: false,
    photo: true,
    termsindefinition: ['ρασπάκι', 'ροκάνι']
});
glossary.set("παταράτσο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ξάρτι του σταθερού εξαρτισμού που πιάνει από το <span class='glossary-term'>άλμπουρο</span> και δένεται στο <span class='glossary-term'>παραπέτο</span> προς τα πρύμα (κατά Πουλιανό από το <span class='glossary-term'>καπελάγιο</span> του πλωριού <span class='glossary-term'>άλμπουρου</span> στην <span class='glossary-term'>κουβέρτα</span> κοντά στο πρυμνιό, και από το πρυμνιό <span class='glossary-term'>άλμπουρο</span> στην <span class='glossary-term'>κουβέρτα</span> κοντά στο πλωριό)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'καπελάγιο', 'κουβέρτα', 'λιανό', 'παραπέτο']
});
glossary.set("πατρωνάριμα", {
    category: "εργασία-τεχνική",
    definition: "το τύλιγμα με σπάγγο του ξαρτιού ή της ένωσης δύο ξαρτιών προκειμένου αυτά να αποκτήσουν αντοχή στις τάσεις και στο χρόνο (κατά Πουλιανό το τύλιγμα με σπάγγο τσιγόνι ή σκοινάκι ή σύρμα ενός πράγματος, μιας βέργας ή δυο τρειών βεργών μαζί για να ενωθούν)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό']
});
glossary.set("παφίγκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το τρίτο από κάτω τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) ενός ιστίου με σταυρώσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("παχύμετρο ξυλείας", {
    category: "εξοπλισμός καρνάγιου",
    definition: "μεγάλο παχύμετρο για το μέτρημα της ναυπηγικής ξυλείας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πείρος", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "ο ξυλόπειρος που φράζει την τρύπα του πρώτου μαδεριού πάνω από την καρίνα, του <span class='glossary-term'>ντουρέλου</span> - η τρύπα αυτή χρησιμεύει για να φεύγουν τα <span class='glossary-term'>νερά</span> της <span class='glossary-term'>σεντίνας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά', 'ντουρέλο', 'σεντίνα', 'τουρέλο']
});
glossary.set("πέλα", {
    category: "τμήμα σκάφους",
    definition: "σανίδι που τοποθετείται πάνω από την <span class='glossary-term'>κουπαστή</span> για να αυξάνει το ύψος του <span class='glossary-term'>παραπέτου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή', 'παραπέτο']
});
glossary.set("πελέκημα", {
    category: "εργασία-τεχνική",
    definition: "το στρώσιμο της επιφάνειας ενός ξύλου με το <span class='glossary-term'>σκεπάρνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκεπάρνι']
});
glossary.set("πελεκητή ξυλεία", {
    category: "ξυλεία",
    definition: "κορμοί δέντρων που έχουν πελεκηθεί εξωτερικά έτσι ώστα να έχουν περίπου τετράγωνη διατομή - τα τμήματα που τους έχουν αφαιρεθεί από το <span class='glossary-term'>πελέκημα</span> είναι οι παραφέλες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πελέκημα']
});
glossary.set("πελεκούδες", {
    category: "ξυλεία",
    definition: "υπολείμματα μικρών κομματιών ξύλου που μένου από τη χρήση του σκεπαρνιού και της <span class='glossary-term'>σκεπαρνιάς</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκεπαρνιά']
});
glossary.set("πέλεκυς", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>τσεκούρι</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τσεκούρι']
});
glossary.set("πελτσίνι", {
    category: "τεχνικός όρος",
    definition: "το κοπάνισμα με σφυρί μιας κομμένης <span class='glossary-term'>τζαβέτας</span> ή πρόκας (<span class='glossary-term'>κεφάλωμα</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κεφάλωμα', 'τζαβέτα']
});
glossary.set("πένα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "παραδοσικό τριγωνικό <span class='glossary-term'>πανί</span> παρόμοιο με το <span class='glossary-term'>λατίνι</span>. Το <span class='glossary-term'>πανί</span> αναρτάται από το <span class='glossary-term'>κατάρτι</span> και από μια <span class='glossary-term'>αντένα</span> που προεξέχει προς τα επάνω σχεδόν σαν προέκταση του καταρτιού.  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'κατάρτι', 'λατίνι', 'πανί']
});
glossary.set("περαδούρι", {
    category: "τεχνικός όρος",
    definition: "δοκάρι που τοποθετείται προσωρινά στο πάνω μέρος της <span class='glossary-term'>πόστας</span> για τη σταθεροποίηση του πλάτους της",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("πέραμα", {
    category: "τύπος σκάφους",
    definition: "τύπος σκάφους με οξεία πλώρη και πρύμνη, του οποίου η κουπαστη καταλήγει στην πλώρη σε ένα μικρό κατακόρυφο καθρέφτη και από μπρος υπάρχει το στοιχείο του κάτσουλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("περασά", {
    category: "τεχνικός όρος",
    definition: "κομμάτι ξύλου τοποθετημένο σε παράλληλη απόσταση από ένα άλλο, ώστε η μια του επιφάνεια να βρίσκεται στο ίδιο επίπεδο με την μια επιφάνεια του άλλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("περαταριά", {
    category: "τύπος σκάφους",
    definition: "τύπος καϊκιού με πλώρη <span class='glossary-term'>τρεχαντήρι</span> και πρύμνη <span class='glossary-term'>καραβόσκαρο</span>, που χρησιμεύει για τη μεταφορά οχημάτων",
    synonyms: ['πορθμείο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καραβόσκαρο', 'τρεχαντήρι']
});
glossary.set("πετσόξυλο", {
    category: "ξυλεία",
    definition: "πεύκο καλής ποιότητας, χωρίς ρόζους, κατάλληλο για σανίδια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πετσοτρύπανο", {
    category: "εργαλείο",
    definition: "χειροτρύπανο που χρησιμποποιείται για το άνοιγμα της οπής ενός καρφιού του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πέτσωμα", {
    category: "τμήμα σκάφους",
    definition: "η επικάλυψη της επιφάνειας των νομέων και της <span class='glossary-term'>κουβέρτας</span> του καϊκιού με σανίδια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουβέρτα']
});
glossary.set("πετσικάρει", {
    category: "None",
    definition: "βγάζει πέτσα, ξεπετσώνει (νομίζω λάθος - στρεβλώνει, χάνει την επιπεδότητά του)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πηδάλιο", {
    category: "τμήμα σκάφους",
    definition: "το όργανο του πλοίου στην πρύμνη που αλλάζει την κατεύθυνση της πορείας του",
    synonyms: [],
    antonyms: [],
    english: "rudder",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πησκί", {
    category: "εργαλείο",
    definition: "η πριόνα των πριονάδων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πητίκι", {
    category: "ξυλεία",
    definition: "ο φλοιός του πεύκου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πήχης ή πήχη", {
    category: "τεχνικός όρος",
    definition: "μονάδα μέτρησης των μικρών καϊκιών που ισούται με 91.50 εκατοστά, λέγεται και τιρίζι",
    synonyms: ['τιρίζι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πικεριά", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>επικεριά</span>",
    synonyms: ['επικεριά'],
    antonyms: [],
    english: "carling",
    design: false,
    photo: false,
    termsindefinition: ['επικεριά']
});
glossary.set("πίκι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "η πάνω κινητή <span class='glossary-term'>αντένα</span> της <span class='glossary-term'>μπούμας</span> ή <span class='glossary-term'>ράντας</span> ή της <span class='glossary-term'>ψάθας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'μπούμα', 'ράντα', 'ψάθα']
});
glossary.set("πίκουρο", {
    category: "τμήμα σκάφους",
    definition: "ξύλο που δεν έχει τις ίνες του (τα <span class='glossary-term'>νερά</span> του) παράλληλα με το μήκος του. Το πίκουρο είναι ακατάλληλο ξύλο για να χρησιμοποιηθεί σε μια ναυπήγηση ",
    synonyms: ['επίκουρο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά']
});
glossary.set("πινακίδι ", {
    category: "εργαλείο",
    definition: "ξύλινο στοιχείο της μεθόδου του μονόχναρου που αντιστοιχεί στην θέση και στο μέγεθος της καρίνας",
    synonyms: ['χνάρι της καρίνας'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πινό", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "τα ακραία τμήματα της <span class='glossary-term'>αντένας</span> από την οποία αναρτάται ένα τετράγωνο <span class='glossary-term'>πανί</span>. Συχνά ονομάζεται έτσι το 'τετράγωνο' <span class='glossary-term'>πανί</span> και η <span class='glossary-term'>αντένα</span> από την οποία αναρτάται. ",
    synonyms: [],
    antonyms: [],
    english: "square sail ",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'πανί']
});
glossary.set("πίντα", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>μπίντα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπίντα']
});
glossary.set("πίρος", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "ξύλινο <span class='glossary-term'>καρφί</span>, αλλά και το κομμμάτι ξύλου σε σχήμα φελλού, με το οποίο κλείνει η τρύπα της <span class='glossary-term'>σεντίνας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καρφί', 'σεντίνα']
});
glossary.set("πισκί", {
    category: "εργαλείο",
    definition: "μεγάλο <span class='glossary-term'>πριόνι</span> που είναι εφαρμοσμένο σε τετράγωνο ξύλινο πλαίσιο, και που οι χειριστές του οι πισκιτζήδες είναι πάντα δύο, ένας από πάνω κι ένας από κάτω",
    synonyms: [],
    antonyms: [],
    english: "frame saw",
    design: false,
    photo: false,
    termsindefinition: ['πριόνι']
});
glossary.set("πισκιτζής", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο καθένας από τους δύο τεχνίτες που σχίζουν τα βουβά ξύλα με το <span class='glossary-term'>πισκί</span> πάνω στο <span class='glossary-term'>καβαλέτο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καβαλέτο', 'πισκί']
});
glossary.set("πίσσα", {
    category: "τεχνικός όρος",
    definition: "απόσταγμα λιθανθράκων που χρησιμοποιείται σε ανάμιξη με άλλα υλικά στην προστασία των υφάλων στα ξύλινα σκάφη ",
    synonyms: [],
    antonyms: [],
    english: "tar",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("πισσάρισμα", {
    category: "τεχνικός όρος",
    definition: "η επάλειψη με <span class='glossary-term'>πίσσα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πίσσα']
});
glossary.set("πισσοβάρελο", {
    category: "εξοπλισμός καρνάγιου",
    definition: "το καζάνι όπου βράζει η <span class='glossary-term'>πίσσα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πίσσα']
});
glossary.set("πισσοκουτάλα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "κωνική <span class='glossary-term'>κουτάλα</span> με μακριά λαβή που χρησιμοποιείται για την μετάγγιση της <span class='glossary-term'>πίσσας</span> από το <span class='glossary-term'>πισσοβάρελο</span> στο <span class='glossary-term'>ποδοχάρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουτάλα', 'πίσσα', 'πισσοβάρελο', 'ποδοχάρι']
});
glossary.set("πιστρόφι", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>ντουρέλο</span> ",
    synonyms: ['ντουρέλο, τορέλο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ντουρέλο', 'τουρέλο']
});
glossary.set("πλάνη", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>λείανσης όμοιο με το <span class='glossary-term'>διπλό</span> <span class='glossary-term'>ροκάνι</span> (διπλή λάμα) αλλά μεγαλύτερου μεγέθους και με λαβί πίσω από την θέση της λάμας",
    synonyms: [],
    antonyms: [],
    english: "plane",
    design: false,
    photo: true,
    termsindefinition: ['διπλό', 'εργαλείο ', 'ροκάνι']
});
glossary.set("πλανιά", {
    category: "ξυλεία",
    definition: "Η πρώτη επιφάνεια που πλανίζεται στην <span class='glossary-term'>πλάνη</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πλάνη']
});
glossary.set("πλουμιστηράκι", {
    category: "εργαλείο",
    definition: "όμοιο <span class='glossary-term'>εργαλείο </span>με το <span class='glossary-term'>πλουμιστήρι</span>, όμως μικρότερου σχήματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'πλουμιστήρι']
});
glossary.set("πλουμιστήρι", {
    category: "εργαλείο",
    definition: "ξύλινο <span class='glossary-term'>στενό</span> <span class='glossary-term'>ροκάνι</span> με αυλακωτή λεπίδα, κατάλληλο για τη δημιουργία κορδονιών. Με μικρότερο σχήμα λεγόταν <span class='glossary-term'>πλουμιστηράκι</span>",
    synonyms: [],
    antonyms: [],
    english: "moulding plane",
    design: false,
    photo: true,
    termsindefinition: ['πλουμιστηράκι', 'ροκάνι', 'στενό']
});
glossary.set("ποδάρι", {
    category: "τμήμα σκάφους",
    definition: "ο <span class='glossary-term'>σκαρμός</span> που εφάπτεται με την <span class='glossary-term'>έδρα</span> και πατάει στην καρίνα σε ένα <span class='glossary-term'>διπλό</span> νομέα",
    synonyms: [],
    antonyms: [],
    english: "first futtock",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'διπλό', 'έδρα', 'σκαρμός']
});
glossary.set("ποδιά", {
    category: "τμήμα σκάφους",
    definition: "η κατά πλάτος προέκταση του κάτω μέρους του τιμονιού που βρίσκεται μέσα στη θάλασσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ποδίσκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "μικρή πρωρέα πλευρά που έχει το <span class='glossary-term'>λατίνι</span> όταν δεν είναι εντελών τριγωνικό. ",
    synonyms: ['μπάνιος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λατίνι']
});
glossary.set("ποδόσταμο ή ποδόσταμα", {
    category: "τμήμα σκάφους",
    definition: "το βασικό ξύλο στήριξης της πλώρης, και τη πρύμνης στα οξύπρυμνα, που αποτελεί προέκταση της καρίνας στο διαμήκη άξονα (Τζαβάρας)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αβάρα']
});
glossary.set("ποδοχάρι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "δοχείο μεταφοράς της βρασμένης <span class='glossary-term'>πίσσας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πίσσα']
});
glossary.set("πολάκα", {
    category: "τύπος σκάφους",
    definition: "δίστηλο ιστιοφόρο, του 19ου αιώνα, με τετράγωνα πανιά μόνο στο πλωριό <span class='glossary-term'>κατάρτι</span>. Η πολάκα έχει κατάρτια χωρίς επιστήλια",
    synonyms: [],
    antonyms: [],
    english: "polacca",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι']
});
glossary.set("πολύσπαστο", {
    category: "None",
    definition: "σύνθετο σύστημα τροχαλιών χορίς σταθερή ή με περισσότερες από δύο τροχαλίες (μακαράδες)",
    synonyms: ['παλάγκο'],
    antonyms: [],
    english: "movable block-and-tackle",
    design: false,
    photo: false,
    termsindefinition: ['χαλί']
});
glossary.set("πόμπα", {
    category: "εργαλείο του καϊκιού",
    definition: "χειροκίνητο όργανο για το ανέβασμα (σαλπάρισμα) της άγκυρας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πόστα", {
    category: "τμήμα σκάφους",
    definition: "ο <span class='glossary-term'>νομέας</span> αποτελούμενος από πολλά ξύλινα κομμάτια",
    synonyms: ['νομέας', 'στραβόξυλο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νομέας']
});
glossary.set("πουργουτζής", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ειδικός <span class='glossary-term'><span class='glossary-term'>εργάτης</span></span> που ανοίγει τρύπες με χειροτρύπανα και τοποθετεί στη συνέχει βίδες, τζαβέτες και καρφιά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργάτης', 'εργάτης']
});
glossary.set("πούλι", {
    category: "None",
    definition: "???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("πραγκάτσα", {
    category: "τμήμα σκάφους",
    definition: "το εγκάρσιο ξύλο που τοποθετείται σαν πάγκος στην πλώρη του καϊκιού",
    synonyms: ['καδένα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("προκοτρύπανο", {
    category: "εργαλείο",
    definition: "λεπτό τρυπάνι για την διεύρυνση της  οπής του <span class='glossary-term'>πετσοτρύπανου</span> ώστε να μπει περισσότερο μέσα στο εσωτερικό του ξύλο το κεφάλι του καρφιού (με το <span class='glossary-term'>ζουμπάρισμα</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ζουμπάρισμα', 'πετσοτρύπανο']
});
glossary.set("προπελοθάλαμος", {
    category: "τμήμα σκάφους",
    definition: "Το τμήμα κάτω και πίσω από το πρυμιό ποδόσταμα που διαμορφώνεται ο χώρος στον οποίο θα καταλίξει ο άξονας και θα μπει η προπέλα.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πέλα']
});
glossary.set("προύβα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "μικρό οριζόντιο <span class='glossary-term'>μπρατσόλι</span> που τοποθετείται στην πλώρη της <span class='glossary-term'>βάρκας</span> και στο ύψος της <span class='glossary-term'>κουπαστής</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'κουπαστή', 'μπρατσόλι']
});
glossary.set("πρωτοβαθικό", {
    category: "τμήμα σκάφους",
    definition: "προσωρινός <span class='glossary-term'>νομέας</span> που τοποθετείται στην αρχή της κατασκευής, μετά την τοποθέτηση των μεσαίων νομέων, για να στερεωθούν οι φούρμες κοντά στην πλώρη και στην πρύμνη. Ο <span class='glossary-term'>νομέας</span> αυτός έχει απλό σχήμα και μπορεί στη συνέχεια να βελτιωθεί το σχήμα του ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['νομέας']
});
glossary.set("ράγλο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το <span class='glossary-term'>ράουλο</span>, η ροδέλλα στο εσωτερικό του <span class='glossary-term'>παλάγκου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παλάγκο', 'ράουλο']
});
glossary.set("ραλίκι", {
    category: "τεχνικός όρος",
    definition: "(<span class='glossary-term'>αραλίκι</span>) η απόσταση μεταξύ δύο διαδοχικών νομέων",
    synonyms: ['αραλίκι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αραλίκι', 'πόστα']
});
glossary.set("ράντα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "διαμήκες τετράπλευρο <span class='glossary-term'>πανί</span> που ανεβαίνει στο <span class='glossary-term'>άλμπουρο</span> από πίσω με καρούλια (καριδάκια), ή αλλιώς η <span class='glossary-term'>μάτσα</span> της <span class='glossary-term'>μπούμας</span> δηλαδή η κάτω κινητή <span class='glossary-term'>αντένα</span> της",
    synonyms: ['μάτσα (ή ράντα)', 'μπούμα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'αντένα', 'μάτσα', 'μπούμα', 'πανί']
});
glossary.set("ραντοψάθι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "παραδοσιακό διαμήκες τετράπλευρο <span class='glossary-term'>πανί</span>. Το σχήμα του ήταν συνήθως ανισοσκελές τραπέζιο με τις παράλληλες έδρες να έχουν κάθετη κατεύθυνση. Το άνοιγμα του γίνεται από δύο αντένες στις επάνω και κάτω ακμές του. ",
    synonyms: [],
    antonyms: [],
    english: "lug sail ",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("ράουλο", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "<span class='glossary-term'>μακαράς</span> με ένα καρούλι, που λέγεται και <span class='glossary-term'>μπαστέκα</span>",
    synonyms: ['μπαστέκα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μακαράς', 'μπαστέκα']
});
glossary.set("ράσπα", {
    category: "εργαλείο",
    definition: "η <span class='glossary-term'>λίμα</span> των ξύλων, ο ξυλοφάγος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λίμα']
});
glossary.set("ρασπάκι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>όμοιο με το <span class='glossary-term'>παστράγγουλο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'παστράγγουλο']
});
glossary.set("ρασπάρισμα", {
    category: "εργασία-τεχνική",
    definition: "το ξύσιμο της επιφάνειας του ξύλου με το <span class='glossary-term'>ρασπάκι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ρασπάκι']
});
glossary.set("ρέμπη", {
    category: "χαρακτηρισμός",
    definition: "κομμάτια ξύλων ή μαδεριών που δεν είναι καλά καρφωμένα μεταξύ τους και γι' αυτό δεν είναι σταθερά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρετσινοπαλάμισμα", {
    category: "εργασία-τεχνική",
    definition: "το μίγμα θειάφης, ρετσινιού και λίπους, το χρησιμοποιούμενο για τη στεγανοποίηση και προστασία των ύφαλων του σκαριού κατά το καλαφάτισμά του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρηγανιά", {
    category: "ξυλεία",
    definition: "ρετσίνι με πυτίκι ανάμεικτο που βρίσκεται στο εσωτερικό του κορμού των πεύκων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ριπίδια", {
    category: "τμήμα σκάφους",
    definition: "οι νομείς στα άκρα της πλώρης και της πρύμνης, τα <span class='glossary-term'>βαθικά</span> - ριπίδια ονομάζονται και τα μαντάλια (Πουλιανός)",
    synonyms: ['βαθικά', 'μαντάλια'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βαθικά', 'λιανό', 'μαντάλι']
});
glossary.set("ροζάρικο", {
    category: "ξυλεία",
    definition: "το ξύλο με πολλούς ρόζους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ροκανάκι", {
    category: "εργαλείο",
    definition: "κοντό μικρό <span class='glossary-term'>ροκάνι</span> που χρησιμοποιείται στα δύσκολα σημεία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ροκάνι']
});
glossary.set("ροκανάκι στενό", {
    category: "εργαλείο",
    definition: "όμοιο με το <span class='glossary-term'>ροκάνι</span> αλλά στενότερο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ροκάνι', 'στενό']
});
glossary.set("ροκάνισμα", {
    category: "εργασία-τεχνική",
    definition: "επεξεργασία μιας ξύλινης επιφάνειας με το <span class='glossary-term'>ροκάνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ροκάνι']
});
glossary.set("ροκάνι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>λάξευσης και λείανσης των ξύλινων επιφανειών. Υπάρχει το μονό ροκάνι με μία <span class='glossary-term'>απλή</span> λεπίδα και το <span class='glossary-term'>διπλό</span> ροκάνι με δύο εφαπτόμενες λεπίδες που η μία λαξεύει το ξύλο και η άλλη περιορίζει το πάχος της λάξευσης. Το ροκάνι έχει λαβή μπροστά από την θέση της λεπίδας ",
    synonyms: [],
    antonyms: [],
    english: "roughing plane ",
    design: true,
    photo: false,
    termsindefinition: ['απλή', 'διπλό', 'εργαλείο ']
});
glossary.set("ρουμάνι", {
    category: "ξυλεία",
    definition: "το δάσος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρουμανιτζής", {
    category: "εξειδικευμένος τεχνίτης",
    definition: "ο ξυλοκόπος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρουμπί", {
    category: "ξυλεία",
    definition: "δέντρο με κομμένα όλα τα κλαδιά του",
    synonyms: ['κοτσορούμπι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρούμπισμα", {
    category: "ξυλεία",
    definition: "το κόψιμο όλων των κλαδιών ενός δέντρου (ρήμα: ρουμπίζω)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ρουμπί']
});
glossary.set("ρόμβος", {
    category: "τεχνικός όρος",
    definition: "σκαλιστή φιγούρα σε σχήμα μπακλαβά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("ρουμπατάρισμα", {
    category: "εργασία-τεχνική",
    definition: "μερικό <span class='glossary-term'>καλαφάτισμα</span> της επιφάνειας του πετσώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφάτισμα']
});
glossary.set("ρούμπος", {
    category: "τεχνικός όρος",
    definition: "μικρή ξύλινη τάπα κομμένη σύμφωνα με τα <span class='glossary-term'>νερά</span> του ξύλου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νερά']
});
glossary.set("σακολέβα ή σακκολαίφη", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "παραδοσικό τετράπλευρο <span class='glossary-term'>πανί</span>. Το άνοιγμα του γίνεται από μία διαγώνια <span class='glossary-term'>αντένα</span> που κρατά την επάνω πρυμναία γωνία και την κάτω προραία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'πανί']
});
glossary.set("σάλα", {
    category: "τεχνικός όρος",
    definition: "μεγάλο πάτωμα, πάνω στο οποίο σχεδιάζουν πλοία",
    synonyms: ["σκουληκιά"],
    antonyms: ["σαλέτο"],
    english: "None",
    design: true,
    photo: false,
    path: '../Images/glossary/sala.jpeg',
    termsindefinition: []
});
glossary.set("σαλέτο", {
    category: "εργαλείο",
    definition: "απλό προσχέδιο ναυπηγικών γραμμών που συνήθως σχεδιαζόταν πάνω σε ξύλο. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σάλι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "Αυτοσχέδια σχεδία με κορμούς για να μεταφερθούν από την περιοχή υλοτομίας στο ναυπηγείο ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σαλιώνας", {
    category: "τμήμα σκάφους",
    definition: "η τρύπα στην <span class='glossary-term'>κουβέρτα</span> απ' όπου περνά το <span class='glossary-term'>κατάρτι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'κουβέρτα']
});
glossary.set("σαλιάρισμα", {
    category: "εργασία-τεχνική",
    definition: "η μετακίνηση ενός μεγάλου ξύλου πάνω στην πλάκα της πριονοκορδέλας και της <span class='glossary-term'>πλάνης</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πλάνη']
});
glossary.set("σαλίγκαρος", {
    category: "εργαλείο",
    definition: "λεπτό τρυπάνι για το άνοιγμα λεπτών οπών για πρόκες",
    synonyms: [],
    antonyms: [],
    english: "small nail auger",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σαλτάρισμα", {
    category: "τεχνικός όρος",
    definition: "η απόσταση του κάτω μέρους της <span class='glossary-term'>έδρας</span> σε σχέση με την <span class='glossary-term'>στέλα</span> προς την εσωτερική επίπεδη γραμμή της",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['έδρα', 'πόστα', 'στέλα']
});
glossary.set("σαντάλα", {
    category: "τύπος σκάφους",
    definition: "τύπος κωπήλατου αλιευτικού καϊκιού από την Προποντίδα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σανταρόλι", {
    category: "None",
    definition: "<span class='glossary-term'>χοντρός</span> ορθοστάτης, <span class='glossary-term'>μπουντέλι</span>,  που στηρίζει την <span class='glossary-term'>πικεριά</span>",
    synonyms: ['μπουντέλι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπουντέλι', 'πικεριά', 'χοντρό']
});
glossary.set("σάτι", {
    category: "τύπος σκάφους",
    definition: "φορτηγίδα που έχει τετράγωνο σχήμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σβανάς", {
    category: "εργαλείο",
    definition: "βλ. <span class='glossary-term'>ζβανάς</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ζβανάς']
});
glossary.set("σέγα", {
    category: "εργαλείο",
    definition: "μικρό <span class='glossary-term'>στενό</span> <span class='glossary-term'>πριόνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πριόνι', 'στενό']
});
glossary.set("σεντίνα", {
    category: "τμήμα σκάφους",
    definition: "το τμήμα του εσωτερικού του καϊκιού μεταξύ των εδρών και του σωτροπιού όπου συλλέγεται όσο νερό εισχωρήσει εντός της <span class='glossary-term'>γάστρας</span>, και απ' όπου γίνεται η άντλησή του χειροκίνητα ή με ειδική αντλία",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("σέρτικο", {
    category: "ξυλεία",
    definition: "ξύλο πολύ σκληρό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σημαδούρι κορδόνι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>στενό</span> <span class='glossary-term'>εργαλείο </span>για χάραξη πατούρας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'στενό']
});
glossary.set("σηνιαδούρι αφαλλού", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>στενό</span> <span class='glossary-term'>εργαλείο </span>με <span class='glossary-term'>νύχι</span> που χαράζει γραμμές πάνω στο <span class='glossary-term'>τιμόνι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'νύχι', 'στενό', 'τιμόνι']
});
glossary.set("σηνιαδούρι μπούρδου", {
    category: "εργαλείο",
    definition: "όμοιο με το <span class='glossary-term'><span class='glossary-term'>σηνιαδούρι</span> αφαλλού</span> αλλά για χάραξη στο <span class='glossary-term'>μπούρδα</span> (???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπούρδα', 'σηνιαδούρι αφαλλού', 'σηνιαδούρι']
});
glossary.set("σία καΐκι", {
    category: "τύπος σκάφους",
    definition: "το δεύτερο <span class='glossary-term'>καΐκι</span> που τραβά το <span class='glossary-term'>γρι-γρι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γρι-γρι', 'καΐκι']
});
glossary.set("σιμότητα", {
    category: "τεχνικός όρος",
    definition: "Η ελαφρά καμπύλωση της <span class='glossary-term'>κουπαστής</span> ή του καταστρώματος από την πλώρη μέχρι την πρύμνη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή']
});
glossary.set("σκαλιέρα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "ξύλινη ή μεταλλική πήχη που τοποθετείται με πολλές μαζί πάνω στα <span class='glossary-term'>ξάρτια</span> για να σχηματιστεί σκάλα και να ανεβαίνουν οι ναύτες στην κορυφή του καταρτιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ξάρτια']
});
glossary.set("σκαλμός", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "<span class='glossary-term'>καβίλια</span> τοποθετημένη πάνω στην καστανιόλα (…????) με το οτρόπο δένεται το κουπί της <span class='glossary-term'>βάρκας</span> (???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα', 'καβίλια']
});
glossary.set("σκαντζάρισμα", {
    category: "εργασία-τεχνική",
    definition: "η μετακίνηση των βαζών και της σκάρας από τη μια θέση σε άλλη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκαρί", {
    category: "τεχνικός όρος",
    definition: "το <span class='glossary-term'>καΐκι</span> χωρίς τις υπερκατασκευές και την <span class='glossary-term'>αρματωσιά</span> του. το κάθε ναυπηγούμενο σκάφος - ο όρος αναφέρεται κυρίως στη φόρμα, στο σκελετό του καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "hull",
    design: false,
    photo: false,
    termsindefinition: ['αρματωσιά', 'καΐκι']
});
glossary.set("σκαρμολόγηση", {
    category: "εργασία-τεχνική",
    definition: "η εργασία της ετοιμασίας και του στησίματος των νομέων πάνω στην καρίνα και τα ποδοστάματα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκαρμός", {
    category: "τμήμα σκάφους",
    definition: "τμήμα του νομέα που βρίσκεται πάνω από την <span class='glossary-term'>έδρα</span> και κάτω από το <span class='glossary-term'>μαντάλι</span>. Συχνά αναφαίρεται στο σύνολο του νομέα (<span class='glossary-term'>έδρα</span>, σκαρμός και <span class='glossary-term'>μαντάλι</span>) ",
    synonyms: ['σταμίνα'],
    antonyms: [],
    english: "futtock",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'έδρα', 'μαντάλι']
});
glossary.set("σκαρπέλο στενό", {
    category: "εργαλείο",
    definition: "σκαρπέλο <span class='glossary-term'>στενό</span> για σκαλίσματα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στενό']
});
glossary.set("σκάρπο", {
    category: "χαρακτηρισμός",
    definition: "η κατηφορική κλίση του εδάφους του ταρσανά προς τη θάλασσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκάρωμα", {
    category: "εργασία-τεχνική",
    definition: "η αρχή της κατασκευής ενός καϊκιού, το στήσιμο δηλαδή της καρένας και των ποδοσταμάτων επάνω στους τάκους ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκάτσα ή σκάτζα", {
    category: "τμήμα σκάφους",
    definition: "η υποδοχή, η φωλιά που δέχεται το μόρσο (<span class='glossary-term'>δόντι</span>)  του καταρτιού (και υποδοχή πάνω στη καρίνα που δέχεται τη <span class='glossary-term'>στρώση</span> ???)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['δόντι', 'στρώση']
});
glossary.set("σκαφιδορόκανο", {
    category: "εργαλείο",
    definition: "βλ. λακορόκανο",
    synonyms: ['λακορόκανο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκεπαρνιά", {
    category: "εργαλείο",
    definition: "μεγάλο <span class='glossary-term'>σκεπάρνι</span> με μακρύ στειλιάρι ",
    synonyms: [],
    antonyms: [],
    english: "adze ",
    design: false,
    photo: false,
    termsindefinition: ['σκεπάρνι']
});
glossary.set("σκεπάρνι", {
    category: "εργαλείο",
    definition: "Εργαλείο λάξευσης που χρησιμοποιείται πάρα πολύ στην ξυλουπξγική ",
    synonyms: [],
    antonyms: [],
    english: "small adze ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκέρα, τα", {
    category: "None",
    definition: "χώρος ναυπηγήσεων ",
    synonyms: ['ταρσανάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκολτσάρισμα", {
    category: "έκφραση",
    definition: "απότομο τράβηγμα, τράνταγμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ράντα']
});
glossary.set("σκορπιός", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>χοντρό</span> ξύλο τοποθετημένο εσωτερικά της πρύμνης για να ενισχύει τη σύνδεση του ποδοστάματος με την καρίνα και να στηρίζει τα <span class='glossary-term'>ριπίδια</span> πάνω στο ποδόσταμο",
    synonyms: ['αγκώνας '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ριπίδια', 'χοντρό']
});
glossary.set("σκορτζάδα", {
    category: "None",
    definition: " φαρδιές φούρμες που μπαίνουν έξω από τους νομείς, μετά την τοποθέτηση τους, για να σταθεροποιήσουν την θέση τους και να τους συνδέσουν μεταξύ τους. ??? κάτι παρόμοιο με τη <span class='glossary-term'>παραφέλα</span>??? αλλιώς σημαίνει και το <span class='glossary-term'>σκουρέτο</span> ή τη <span class='glossary-term'>φούρμα</span> (βλ. Πουλιανός σελ. 35)",
    synonyms: ['παραφέλα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό', 'παραφέλα', 'σκουρέτο', 'φούρμα']
});
glossary.set("σκότα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> ή σκοινί δεμένο στην ελεύθερη κάτω γωνία ενός πανιού και με το οποίο γίνεται ο χειρισμός του πανιού ανάλογα με την κατεύθυνση του ανέμου (κανονίζεται η κόλπωσή του ανάλογα με το φύσημα του ανέμου - Ζουρούδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['παλάγκο']
});
glossary.set("σκοτίνα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "<span class='glossary-term'>παλάγκο</span> ή σκοινί σε ζεύγος με το οποίο μαζεύεται η άκρη του τετράγωνου πανιού πάνω στην <span class='glossary-term'>αντένα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αντένα', 'παλάγκο']
});
glossary.set("σκουληκιά", {
    category: "έκφραση",
    definition: "το φάγωμα του ξύλου από το σκουλήκι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκούλος", {
    category: "εργαλείο",
    definition: "το πίσω μέρος του σκεπαρνιού με το οποίο καρφώνουν",
    synonyms: ['τσίζκα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκούνα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "δίστηλο ιστιοφόρο, του 19ου αιώνα, με περισσότερα (σκούνα με σταυρώσεις) ή με ένα μόνο τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>σταύρωση</span>) στο πλωριό <span class='glossary-term'>κατάρτι</span> (<span class='glossary-term'>λόβερ</span>) και μπούμες και στα δύο κατάρτια",
    synonyms: ['λόβερ'],
    antonyms: [],
    english: "schooner",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'λόβερ', 'πανί', 'σταύρωση', 'τετράγωνο πανί ']
});
glossary.set("σκούντρο", {
    category: "εξοπλισμός καρνάγιου",
    definition: "τραβέρσα τοποθετημένη λοξά ανάμεσα στα φαλάγγια για να κρατά τα <span class='glossary-term'>βάζα</span> σε ευθεία θέση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'φαλάγγι']
});
glossary.set("σκουρέτο", {
    category: "τεχνικός όρος",
    definition: "μακρόστενη σανίδα που συγκρατεί προσωρινά τους νομείς στη θέση τους μέχρι να τοποθετηθούν εσωτερικά τα χοντρώματα",
    synonyms: ['σκορτσάδα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σκύλλα", {
    category: "εργαλείο",
    definition: "η μεγάλη <span class='glossary-term'>σκεπαρνιά</span> του συμπελεκήματος ή σιδερένιο διχαλωτό ραβδί κατάλληλο για την εξαγωγή μεγάλων καρφιών (Ζουρούδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκεπαρνιά']
});
glossary.set("σκύλλα με τσίζκα", {
    category: "εργαλείο",
    definition: "όμοιο <span class='glossary-term'>εργαλείο </span>με τη <span class='glossary-term'>σκύλλα</span> αλλά με μακρύτερο σκούλο (τσίζκα)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'σκύλλα']
});
glossary.set("σμήλα ή σμίλα", {
    category: "εργαλείο",
    definition: "φαρδύ σιδερένιο κοπίδι που το χρησιμοποιούν για κοψίματα σόκορων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σμίνι, το", {
    category: "εργαλείο",
    definition: "Πριόνι του οποίου η λάμα είναι ίσια και το φάρδος της μειώνεται σταδιακά ώστε να καταλήξει σε λεπτή μύτη στην άκρη.",
    synonyms: [],
    antonyms: [],
    english: "pointed-end saw",
    design: false,
    photo: true,
    termsindefinition: []
});
glossary.set("σοκάρο", {
    category: "τεχνικός όρος",
    definition: "το κράτημα της άλλης άκρης του σύρματος ή του σχοινιού στο περιτύλιγμα (?)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σόκορο", {
    category: "τεχνικός όρος",
    definition: "η ένωση δύο διαδοχικών σανιδιών που βρίσκονται στην ίδια <span class='glossary-term'>αράδα</span> του πετσώματος - το σόκορο είναι κάθετο στις ίνες των σανιδιών που ενώνονται (μήπως είναι και η εγκάρσια τομή ενός μαδεριού η οποία είναι και κάθετη στις ίνες του??)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αράδα']
});
glossary.set("σουβλί", {
    category: "εργαλείο",
    definition: "αιχμηρό <span class='glossary-term'>εργαλείο </span>με το οποίο ανοίγουν την τρύπα της <span class='glossary-term'>ξυλόβιδας</span>",
    synonyms: [],
    antonyms: [],
    english: "awl",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'ξυλόβιδα']
});
glossary.set("σουλμές", {
    category: "εργαλείο",
    definition: "σιδηρόβεργα που χρησιμοποιείται ως ζουμπάς για να αφαιρούνται από την τρύπα τους οι σκουριασμένες βίδες ή οι τζαβέτες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σοφράνου", {
    category: "ναυτικός όρος",
    definition: "η προσήνεμη πλευρά του σκάφους. ",
    synonyms: [],
    antonyms: [],
    english: "windward",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σπάγια, τα", {
    category: "None",
    definition: "καμάρια στο εσωτερικό ενός σκάφους κάτω από το επίπεδο του καταστρώματος. Συνήθως στηρίζονται σε στραγαλιές και υποστηρίζουν ένα εσωτερικό πάτωμα σε μεγάλο σκάφος ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι']
});
glossary.set("σπιλιάδα", {
    category: "ναυτικός όρος",
    definition: "απότομη και προσωρινή αύξηση της έντασης του ανέμου στην επιφάνεια της θάλασσας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σπυράγιο", {
    category: "τμήμα σκάφους",
    definition: "το στέγαστρο του μηχανοστάσιου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στανιάρισμα", {
    category: "έκφραση",
    definition: "το κλείσιμο των αρμών του πετσώματος λόγω διαστολής των μαδεριών υπό την επίδραση του νερού, η φυσική στεγανοποίηση της <span class='glossary-term'>γάστρας</span>",
    synonyms: [],
    antonyms: ['ξερομάχισμα'],
    english: "leeward",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("σταβέντου", {
    category: "ναυτικός όρος",
    definition: "η υπήνεμη πλευρά του σκάφους ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σταμίνα", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>σκαρμός</span> ",
    synonyms: ['σκαρμός'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'σκαρμός']
});
glossary.set("σταντζόλα", {
    category: "εργαλείο",
    definition: "λεπτή φαρδιά σανίδα που χρησιμοποιείται μαζί με το μασταρί και δίνει το ζητούμενο σχήμα ενός άλλου μαδεριού ή κομματιού / με το οποίο αποτυπώνεται ο <span class='glossary-term'>αρμός</span> του μαδεριού με παράλληλη μεταφορά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός']
});
glossary.set("στάτζος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "πρότονος που στηρίζει τον κυρίως ιστό. ",
    synonyms: ['πρότονος'],
    antonyms: [],
    english: "fore stay ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σταυρός", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "η <span class='glossary-term'>αρέτα</span>, ο τελευταίος <span class='glossary-term'>νομέας</span> στην πρύμνη του <span class='glossary-term'>καραβόσκαρου</span>, μαζί με το πρυμιό ποδόσταμα ",
    synonyms: ['αρέτα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρέτα', 'καραβόσκαρο', 'νομέας']
});
glossary.set("σταυρός εργάτη", {
    category: "τεχνικός όρος",
    definition: "το ξύλινο πλαίσιο του χειροκίνητου βιντσιού (εργάτη)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σταύρωση", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το τετράγωνο <span class='glossary-term'>πανί</span> που αναρτάται με <span class='glossary-term'>αντένα</span> από το <span class='glossary-term'>άλμπουρο</span> εγκάρσια στο διαμήκη άξονα του πλοίου",
    synonyms: ['τετράγωνο πανί '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'αντένα', 'πανί', 'τετράγωνο πανί ']
});
glossary.set("στάφνη", {
    category: "εργαλείο",
    definition: "λεπτός μάλλινος σπάγγος με χρώμα που τεντώνοντας και τινάζοντάς τον, πάνω σε ένα ξύλο ή κορμό, αποτυπώνεται το ίχνος του, το οποίο είναι πάντοτε ευθεία γραμμή και <span class='glossary-term'>οδηγός</span> για το κατά μήκος κόψιμο του ξύλου αυτού (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "marking line ",
    design: false,
    photo: false,
    termsindefinition: ['οδηγός']
});
glossary.set("σταφνιά", {
    category: "τεχνικός όρος",
    definition: "το ίχνος της γραμμής που αποτυπώνεται πάνω στο ξύλο με τη χρήση της <span class='glossary-term'>στάφνης</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στάφνη']
});
glossary.set("στάφνισμα", {
    category: "εργασία-τεχνική",
    definition: "η εργασία της αποτύπωσης μίας ευθείας γραμμής πάνω σε ένα ξύλο με τη βοήθεια της <span class='glossary-term'>στάφνης</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στάφνη']
});
glossary.set("στείρα", {
    category: "τμήμα σκάφους",
    definition: "βλ. ποδόσταμα πλώρης ",
    synonyms: ['ποδόσταμο πλώρης'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στέλα", {
    category: "τεχνικός όρος",
    definition: "η κλίση μιας γραμμής, το φάλτσο σχήμα της",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στέλα (εργαλείο)", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>με το οποίο σχεδιάζουν κάποια γωνία ή αντιγράφουν γωνία για να την μεταφέρουν σε άλλο σημείο της κατασκευής ",
    synonyms: ['φαλτσολόγος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("στελάδο", {
    category: "χαρακτηρισμός",
    definition: "χαρακτηρισμός ενός σκάφους που έχει <span class='glossary-term'>στενό</span> και βαθύ το ύφαλο τμήμα της <span class='glossary-term'>γάστρας</span> του (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'στενό']
});
glossary.set("στενάκι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>του καλαφάτη όμοιο με το διπλάκι αλλά στενότερο, με το οποίο ανακαλύπτονται τα σάπια καρφιά και διάφορες φθορές στα ξύλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'στενό']
});
glossary.set("στενό", {
    category: "εργαλείο",
    definition: "κοπίδι στενός που χρησιμοποιείται στο <span class='glossary-term'>καλαφάτισμα</span>, παραλλαγή του είναι το <span class='glossary-term'>διπλό</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['διπλό', 'καλαφάτισμα']
});
glossary.set("στίβα", {
    category: "τεχνικός όρος",
    definition: "Σημάδι που γίνεται πάνω στα κομμάτια των νομέων ή σε άλλα στοιχεία της κατασκευής για την σωστή συναρμολόγηση ή για τον προσδιορισμό του σημείου που έχει παρθεί κάποια μέτρηση πάνω στοκαΐκι  και η οποία μεταφέρεται σε άλλο στοιχείο που πρόκειται να τοποθετηθεί πάνω στο <span class='glossary-term'>καΐκι</span>. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("στιμόνια", {
    category: "εξοπλισμός καρνάγιου",
    definition: "τα διαμήκη δοκάρια μιας ναυπηγικής σκάρας πάνω στα οποία καρφώνονται εγκαρσίως οι τραβέρσες ή φαλάγγια (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['φαλάγγι']
});
glossary.set("στόκος", {
    category: "υλικά εκτός ξυλείας",
    definition: "το υλικό με το οποίο έκλειναν τρύπες, αρμούς και ρωγμές στο <span class='glossary-term'>πέτσωμα</span> του σκάφους",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πέτσωμα']
});
glossary.set("στουπί", {
    category: "τεχνικός όρος",
    definition: "το <span class='glossary-term'>καλαφατικό</span>, βαμβακερό <span class='glossary-term'>τρισήλιο</span>(?) που τοποθετείται στους αρμούς του πετσώματος και τους στεγανοποιεί / η πρώτη <span class='glossary-term'>στρώση</span> ονομάζεται προστούπι",
    synonyms: ['καλαφατικό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφατικό', 'στρώση', 'τρισήλιο']
});
glossary.set("στουπί με στουπί", {
    category: "έκφραση",
    definition: "η απόσταση του μήκους ενός καϊκιού στη βασική γραμμή της καρένας (ασσό), εκεί που τελειώνει το <span class='glossary-term'>στουπί</span> του <span class='glossary-term'>τουρέλου</span> - με τη φράση αυτή προσδιορίζουν το μήκος της καρίνας ενός καϊκιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα', 'στουπί', 'τουρέλο']
});
glossary.set("στραβάδες", {
    category: "ξυλεία",
    definition: "ξύλα στραβά με φυσικές καμπύλες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στραβό", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>καλαφατικό</span> σίδερο που είναι καμπυλωμένο για να καλαφατίζονται αρμοί που δεν μπορούν να προσεγιστούν με ίσιο <span class='glossary-term'>καλαφατικό</span> σίδερο",
    synonyms: ['παραλλαγές διπλό και μονό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καλαφατικό']
});
glossary.set("στραβοκόπιδο", {
    category: "εργαλείο",
    definition: "κοπίδι με <span class='glossary-term'>στενό</span> αιχμηρό άκρο για να κόβει προεξοχές σε στενά σημεία  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στενό']
});
glossary.set("στραβόξυλο", {
    category: "ξυλεία",
    definition: "ένα κομμάτι ξύλου ή κορμού με έντονη φυσική καμπυλότητα, κατάλληλο για τμήμα νομέα ή ποδοστάματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στραβόξυλο (νομέας)", {
    category: "τμήμα σκάφους",
    definition: "<span class='glossary-term'>σκαρμός</span>, τμήμα του νομέα μεταξύ της <span class='glossary-term'>έδρας</span> και του μανταλιού - αναφέρεται και σε ολόκληρο το νομέα",
    synonyms: ['σκαρμός', 'νομέας'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'έδρα', 'σκαρμός']
});
glossary.set("στραβορόκανο", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>ροκάνι</span> καμπυλωτό για πλάνισμα σε κοίλες επιφάνειες κατά μήκος του άξονα του εργαλείου ",
    synonyms: [],
    antonyms: [],
    english: "compass smoothing plane ",
    design: false,
    photo: true,
    termsindefinition: ['ροκάνι']
});
glossary.set("στραγαλιά", {
    category: "τμήμα σκάφους",
    definition: "διαμήκεις ενισχύσεις του σκελετού (χοντρώματα) στην εσωτερική πλευρά των νομέων παράλληλα με το <span class='glossary-term'>σωτρόπι</span> και κάτω από τους λούρους. καθεμία από τις πρώτες σειρές των χοντρωμάτων πάνω από το <span class='glossary-term'>σωτρόπι</span> (?)",
    synonyms: [],
    antonyms: [],
    english: "clamp strake ",
    design: false,
    photo: false,
    termsindefinition: ['σωτρόπι']
});
glossary.set("στραλιέρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "αναδρομικό διαμήκες <span class='glossary-term'>πανί</span> που βρίσκεται μεταξύ των ιστών ενός δίστυλου σκάφους και που αναρτάται από τα στράλια του πρυμνιού ιστού ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("στράλιο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το ξάρτι του σταθερού εξαρτισμού που στηρίζει τo <span class='glossary-term'>αλμπουρέτο</span> που πιάνει από το <span class='glossary-term'>καπελάγιο</span> του <span class='glossary-term'>άλμπουρου</span> έως το <span class='glossary-term'>κοράκι</span> της πλώρης, ή από το <span class='glossary-term'>αλμπουρέτο</span> μέχρι την άκρη του μπαστουνιού",
    synonyms: ['πρότονος'],
    antonyms: [],
    english: "stay",
    design: false,
    photo: false,
    termsindefinition: ['αλμπουρέτο', 'άλμπουρο', 'καπελάγιο', 'κοράκι']
});
glossary.set("στράφη", {
    category: "χαρακτηρισμός",
    definition: "το ξύλινο κομμάτι που κόπηκε χωρίς να υπάρχει λόγος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στριφνό", {
    category: "ξυλεία",
    definition: "ξύλο με ανωμαλίες, ανισόβενο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ισόβενο']
});
glossary.set("Σημαδούρα", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>για το μέτρημα και την σχεδίαση παράλλλων γραμμών πάνω στην κατασκευή",
    synonyms: [],
    antonyms: [],
    english: "mortise-marking gauge ",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("σηνιαδούρι", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>για την χάραξη γραμμής που είναι <span class='glossary-term'>οδηγός</span> για να λαξευτεί διακοσμητικό λούκι ",
    synonyms: [],
    antonyms: [],
    english: "marking tool",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'οδηγός']
});
glossary.set("στριφτάρι", {
    category: "εργαλείο",
    definition: "μικρό συρμάτινο καρούλι με το οποίο οι καλαφάτες γνέθουν το <span class='glossary-term'>στουπί</span> και το κάνουν φυτίλια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στουπί']
});
glossary.set("στρόπος", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μικρό σκοινί που δένουν το κουπί πάνω στο σκαλμό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στρωσάδο", {
    category: "χαρακτηρισμός",
    definition: "το σχήμα ενός καϊκιού που είναι αρκετά φαρδύ στις κοιλιές και στα βρεχάμενά του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("στρώση", {
    category: "τμήμα σκάφους",
    definition: "το κάτω και κεντρικό τμήμα ενός νομέα που πατά πάνω στην καρίνα, λέγεται και <span class='glossary-term'>έδρα</span> (Δαμιανίδης)",
    synonyms: ['έδρα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['έδρα']
});
glossary.set("στύπος", {
    category: "εργαλείο του καϊκιού",
    definition: "ίσιο σίδερο, ή ξύλο παλαιότερα, στερεωμένο εγκάρσια στον κορμό της άγκυρας (που οδηγούσε το <span class='glossary-term'>νύχι</span> της άγκυρας να είναι πάντα όρθιο και να σφηνώνει στο βυθό)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νύχι']
});
glossary.set("συμιακή σκάφη", {
    category: "τύπος σκάφους",
    definition: "τύπος σπογγαλιευτικού σκάφους με άβακα στην πρύμνη και ίσιο πλωριό ποδόσταμα με έντονη κλίσει ",
    synonyms: ['σκάφη'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("συμπελέκημα", {
    category: "εργασία-τεχνική",
    definition: "η λείανση, το στρώσιμο των ανώμαλων επιφανειών των νομέων με το <span class='glossary-term'>σκεπάρνι</span> και τη <span class='glossary-term'>σκεπαρνιά</span> (κατά τον Πουλιανό πελεκώ ένα ξύλο μαζί κολλητά με ένα άλλο)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιανό', 'σκεπαρνιά', 'σκεπάρνι']
});
glossary.set("σύσπαστο ", {
    category: "None",
    definition: "απλό σύστημα <span class='glossary-term'>πολύσπαστου</span> με μια σταθερή και μια κινητή τροχαλία (μακαρά) ",
    synonyms: ['παλάγκο'],
    antonyms: [],
    english: "fixed block-and-tackle ",
    design: false,
    photo: false,
    termsindefinition: ['πολύσπαστο', 'χαλί']
});
glossary.set("σφήνα", {
    category: "τεχνικός όρος",
    definition: "κομμάτι ξύλου που από η μία του άκρη είναι πολύ αιχμηρή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σφικτήρας", {
    category: "εργαλείο",
    definition: "μεταλλικό <span class='glossary-term'>εργαλείο </span>για την σύσφιξη δύο ή και περισσότερων ξύλνων. παλαιότερα υπήρχαν και ξύλινοι σφικτήρες ",
    synonyms: [],
    antonyms: [],
    english: "ship clamp",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("σφιλάτσο", {
    category: "τεχνικός όρος",
    definition: "κοντό λεπτό σκοινάκι για διάφορες χρήσεις",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σφοντύλι", {
    category: "τεχνικός όρος",
    definition: "το κάτω στρογγυλό μέρος του λαλιού εργάτη (<span class='glossary-term'>βίντσι</span>)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίντσι']
});
glossary.set("σχάρα ναυπηγική", {
    category: "εξοπλισμός καρνάγιου",
    definition: "παραδοσική κατασκευή πάνω στην οποία γίνεται η ανέλκυση και  η <span class='glossary-term'>καθέλκυση</span> των καϊκιών.  ",
    synonyms: ['ναυπηγική κλίνη '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καθέλκυση']
});
glossary.set("σωτρόπι", {
    category: "τμήμα σκάφους",
    definition: "εσωτερική τρόπιδα, διαμήκες δοκάρι μεγάλης διατομής που τοποθετείται κατά μήκος του σκάφους πάνω από τις έδρες και συγκρατεί τους νομείς επάνω στην καρίνα (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "keelson",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("σώψωμο", {
    category: "τμήμα σκάφους",
    definition: "η προέκταση του σωτροπιού προς την πλώρη και πάνω από τα βαθυκά σε παράλληλη γραμμή με το ποδόσταμο σε μεγάλα καΐκια - σε ορισμένες περιοχές σώψωμο ονομάζεται το ακράπι του πλωριού ποδοστάματος (Πουλιανός και Σκόπελος)",
    synonyms: ['ακράπι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'λιανό']
});
glossary.set("τάισμα", {
    category: "έκφραση",
    definition: "η αύξηση με πετρέλαιο της έντασης της φωτιάς",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τακάδα", {
    category: "τεχνικός όρος",
    definition: "μικρή <span class='glossary-term'>χαραξιά</span> πάνω στο ξύλο με το <span class='glossary-term'>σκεπάρνι</span> που χρησιμεύει ως <span class='glossary-term'>οδηγός</span> στο συμπελέκι",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['οδηγός', 'σκεπάρνι', 'χαραξιά']
});
glossary.set("τακαριά", {
    category: "εξοπλισμός καρνάγιου",
    definition: "η βάση του σκαριού που επάνω του ακουμπά η καρίνα του πλοίου όταν βρίσκεται στη στεριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τάκος", {
    category: "ξυλεία",
    definition: "κοντόχοντρο τετραγωνισμένο κομμάτι ξύλου, κατάλληλο για υποστήριγμα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τάκος (άβακας)", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "Βλ. <span class='glossary-term'>άβακας</span>",
    synonyms: ['άβακας'],
    antonyms: [],
    english: "transom",
    design: false,
    photo: false,
    termsindefinition: ['άβακας']
});
glossary.set("ταλιαμάς", {
    category: "None",
    definition: "τμήμα στο εμπρόσθιο και επάνω μέρος του πλωριού ποδοστάματος στο <span class='glossary-term'>καραβόσκαρο</span> και διαμορφώνει την αλλαγή του σχήματος του από κυρτό σε κοίλο  ",
    synonyms: ['φάλκη'],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: ['καραβόσκαρο']
});
glossary.set("ταμπούκιο", {
    category: "τμήμα σκάφους",
    definition: "άλλη ονομασία για το <span class='glossary-term'>σπυράγιο</span>???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σπυράγιο']
});
glossary.set("ταρακλαμάς", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>αρακλαμάς</span> ",
    synonyms: ['αρακλαμάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρακλαμάς']
});
glossary.set("ταρσανάς", {
    category: "None",
    definition: "ναυπηγείο, παραθαλάσσιο μέρος όπου σκαρώνονται καΐκια ",
    synonyms: ['καρνάγιο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("τεμελίδικο", {
    category: "χαρακτηρισμός",
    definition: "μόνιμο - χρησιμοποιείται κυρίως για το τελικό και μόνιμο κάρφωμα ενός ξύλου στο <span class='glossary-term'>καΐκι</span>",
    synonyms: [],
    antonyms: ['γρεντίδικο'],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("τερίζι", {
    category: "None",
    definition: "βλ.  <span class='glossary-term'>τηρήζι ή τιρίζι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τηρήζι ή τιρίζι']
});
glossary.set("τζαβέτα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "σιδηρόβεργα με κοπανιστό κεφάλι και πολύ λεπτή μύτη που συνδέει δύο ή τρία ξύλα - το μήκος της είναι ανάλογο του πάχους των ξύλων που συνδέει",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τζαβετοτρύπανο", {
    category: "εργαλείο",
    definition: "τρυπάνι που χρησιμεύει για να ανοίγονται τρύπες και για να περνούν σε αυτές οι τζαβέτες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τζαβέτωμα", {
    category: "εργασία-τεχνική",
    definition: "η εργασία της τοποθέτησης των τζαβετών και βιδών πάνω σε ξύλα - ρήμα: τζαβετώνω",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τζηνέτι", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μακρύ στραβόκαρφο με δύο αιχμές",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στραβό']
});
glossary.set("τζινιαδόρος", {
    category: "εργαλείο",
    definition: "ξύλινο <span class='glossary-term'>εργαλείο </span>σχήματος κουλούρας με εξωτερικό <span class='glossary-term'>βελόνι</span> στην κάτω πλευρά για το χάραγμα αυλακωτών γραμμών πάνω σε ξύλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βελόνι', 'εργαλείο ']
});
glossary.set("τζούφιο", {
    category: "ξυλεία",
    definition: "ξύλο πολύ μαλακό χωρίς αντοχή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τηρήζι ή τιρίζι", {
    category: "εργαλείο",
    definition: "ευλύγιστος λεπτός και μακρύς πήχης για να σχεδιάζονται καμπύλες γραμμές, συνήθως πάνω στη <span class='glossary-term'>σάλα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σάλα']
});
glossary.set("τιμόνι", {
    category: "None",
    definition: "το <span class='glossary-term'>πηδάλιο</span>, το κινητό τμήμα της πρύμνης υπεύθυνο για την αλλαγή πορείας του καϊκιού",
    synonyms: ['πηδάλιο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πηδάλιο']
});
glossary.set("τόρμος", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "κατάλληλα διαμορφωμένη οπή για να ισχωρήσει προεξοχή από άλλο ξύλο (<span class='glossary-term'>εντορμία</span>) ",
    synonyms: [],
    antonyms: ['εντορμία '],
    english: "mortise",
    design: false,
    photo: false,
    termsindefinition: ['εντορμία']
});
glossary.set("τούμπα - γουρούνι", {
    category: "έκφραση",
    definition: "προτροπή για γύρισμα με τα χέρια ενός κορμού κυρτού με την κυρτότητα προς τα επάνω σε θέση ύπτια. Λέγεται επίσης και για σκάφη που βρίσκονται στη στεριά με την καρένα στραμμένη προς τον ουρανό",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τούμπα - καράβι", {
    category: "έκφραση",
    definition: "η αντίθετη έννοια της έκφρασης 'τούμπα-γουρούνι' - η καμπύλη του κορμού ή η καρένα του σκάφους στραμμένη προς το έδαφος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τουράκι", {
    category: "τμήμα σκάφους",
    definition: "ο πάγκος στην πρύμνη μιας <span class='glossary-term'>βάρκας</span> με καθρέφτη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("τουρέλο", {
    category: "τμήμα σκάφους",
    definition: "η πρώτη <span class='glossary-term'>αράδα</span> μαδεριών πάνω από την καρίνα.",
    synonyms: ['ντουρέλο', 'πιστρόφι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αράδα']
});
glossary.set("τετράγωνο πανί ", {
    category: "None",
    definition: "παραδοσιακό τετράπλευρο <span class='glossary-term'>πανί</span> κάθετο στο διαμήκη άξονα του σκάφους. Το σχήμα του ήταν πρακτικά ισοσκελές τραπέζιο ή ορθογώνιο παραλληλόγραμμο. Το ονομάζουν και 'τετράγωνο' αν και δεν αντιστοιχεί στο τετράγωνο σχμήμα",
    synonyms: ['σταύρωση'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("τουρκετίνα ή τουρκέτο", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "αναδρομικό - διαμήκες τρίγωνο <span class='glossary-term'>πανί</span> της πλώρης που αναρτάται από το <span class='glossary-term'>στράλιο</span> του <span class='glossary-term'>μπομπέρσου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπομπέρσο', 'πανί', 'στράλιο']
});
glossary.set("τουρκετομαΐστρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "βλ. <span class='glossary-term'>ψάθα</span> ",
    synonyms: ['ψάθα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ψάθα']
});
glossary.set("τουρκοτρύπανο", {
    category: "εργαλείο",
    definition: "τρυπάνι παρόμοιο με το <span class='glossary-term'>πετσοτρύπανο</span> αλλά με σιδερένια λαβή τις περισσότερες φορές",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πετσοτρύπανο']
});
glossary.set("τουφέκι", {
    category: "τμήμα σκάφους",
    definition: "βλ. <span class='glossary-term'>ντουφέκι</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ντουφέκι']
});
glossary.set("τραβέρσα (ναυπηγική σχάρα)", {
    category: "εξοπλισμός καρνάγιου",
    definition: "καθένα από τα εγκάρσια ξύλα που καρφώνονται πάνω σε δύο <span class='glossary-term'>στιμόνια</span> και διαμορφώνουν μια ναυπηγική σκάρα, λέγονται και φαλάγγια",
    synonyms: ['φαλάγγια'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στιμόνια', 'τιμόνι', 'φαλάγγι']
});
glossary.set("τραβέρσα (ξάρτια)", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "η βέργα ή ξύλο που τοποθετείται πάνω από τα καρπούζια και στερεώνει ίσια τα <span class='glossary-term'>ξάρτια</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καρπούζι', 'ξάρτια']
});
glossary.set("τραβηχτικό ή συρτικό", {
    category: "εργασία-τεχνική",
    definition: "η ανέλκυση, η μεταφορά του σκάφους από τη θάλασσα στη στεριά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τραβηχτό", {
    category: "χαρακτηρισμός",
    definition: "σκάφος πολύ <span class='glossary-term'>στενό</span> χωρίς μάσκες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['στενό']
});
glossary.set("τραβηχτό εργαλείο", {
    category: "τεχνικός όρος",
    definition: "μικρή <span class='glossary-term'>πλάνη</span> για την διαμόρφωση διακοσμητικών αυλακώσεων στην επιφάνεια ενός μαδεριού ",
    synonyms: ['αμυγδαλάκι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πλάνη']
});
glossary.set("τραμπάκουλο", {
    category: "τύπος σκάφους",
    definition: "παλιός τύπος καϊκιού από την Αδριατική πολύ φαρδύ με πλώρη έντονα καμπύλη και ανασηκωμένη και πρύμνη λίγο λάτζα - χρησιμοποιείται και για να υποδηλώσει ένα  άσχημο <span class='glossary-term'>καΐκι</span> (Παπαδόπουλος)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι']
});
glossary.set("τραμπουκέτο", {
    category: "εργαλείο",
    definition: "μικρό ξύλο χαραγμένο με μολυβιές που βρίσκεται τοποθετημένο στην κορυφή του μονόχναρου - οι χαραγές επάνω του χρησιμεύουν για να προσδιορίζεται το ξοκλάδισμα των νομέων της πρύμνης",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τράτα", {
    category: "τύπος σκάφους",
    definition: "αλιευτικό <span class='glossary-term'>κωπήλατο σκάφος</span>, <span class='glossary-term'>οξύπρυμνο</span> και με χαρακτηριστική προεξοχή μπροστά από το ποδόσταμα της πλώρης ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κωπήλατο σκάφος', 'οξύπρυμνο']
});
glossary.set("τραχάς", {
    category: "εργαλείο",
    definition: "??? μικρό <span class='glossary-term'>πριόνι</span> που χρησιμοποιείται στο <span class='glossary-term'>λιάνισμα</span> των κορμών των δέντρων",
    synonyms: ['σβανάς, πριόνι'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λιάνισμα', 'πριόνι']
});
glossary.set("τρεχαντήρα", {
    category: "τύπος σκάφους",
    definition: "ονόμαζαν τα πολύ μεγάλα τρεχαντήρια. ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρεχαντήρι']
});
glossary.set("τρεχαντήρι", {
    category: "τύπος σκάφους",
    definition: "τύπος ξύλινου σκάφους με χαρακτηριστικές καμπυλώσεις του πλωριού ποδοστάματος και των πλευρών του - η αναλογία του ολικού μήκους του ως προς το μέγιστο πλάτος είναι τρία προς ένα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τρεχαντίνα", {
    category: "τύπος σκάφους",
    definition: "βλ. <span class='glossary-term'>τρεχαντήρα</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρεχαντήρα']
});
glossary.set("τριβέλα", {
    category: "εργαλείο",
    definition: "τρυπάνι με ανοιχτά και μακριά φτερά",
    synonyms: [],
    antonyms: [],
    english: "pod auger",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τρίγγα", {
    category: "εξοπλισμός καρνάγιου",
    definition: "<span class='glossary-term'>καδένα</span> που τη χρησιμοποιούν στα βαζώματα για να δένουν με αυτή τα τσιφούτια (ή τα <span class='glossary-term'>βάζα</span>??)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'καδένα', 'τσιφούτι']
});
glossary.set("τριγγάρισμα", {
    category: "εργασία-τεχνική",
    definition: "το δέσιμο των τσιφουτιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τρίγκα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "ψιλή αλυσίδα που πιάνει από την άκρη του μπαστουνιού στο πλωριό ποδόσταμο χαμηλά",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τρίγκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το κάτω και βασικό τετράγωνο <span class='glossary-term'>πανί</span> στο πλωριό <span class='glossary-term'>κατάρτι</span> ενός ιστιοφόρου ",
    synonyms: ['φουστανέλα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάρτι', 'πανί', 'τετράγωνο πανί ']
});
glossary.set("τρίγκος (πανί)", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "το κατώτερο τετράγωνο <span class='glossary-term'>πανί</span> (<span class='glossary-term'>πινό</span>) του ιστού της πλώρης σε ένα δίστυλο σκάφος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'πινό', 'τετράγωνο πανί ']
});
glossary.set("τρισήλιο", {
    category: "τεχνικός όρος",
    definition: "λεπτό σχοινί που ονομάζεται και «δίστροφο» που συνήθως είναι κεδρωτό. Χρησιμοποιείται στη περιέλιξη – φίμωση (πατρονάρισμα) των μεγαλυτέρων σχοινιών",
    synonyms: ['δίστροφο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τρμεντίνα", {
    category: "τεχνικός όρος",
    definition: "απόσταγμα ρητίνης του πεύκου που αναμιγνύεται με <span class='glossary-term'>κατράμι</span> ή <span class='glossary-term'>μίνιο</span> την ώρα του βρασμόυ και χρησιμοποιείται στο <span class='glossary-term'>παλάμισμα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατράμι', 'μίνιο', 'παλάμισμα', 'πόστα']
});
glossary.set("τρυπανούχος", {
    category: "εργαλείο",
    definition: "το <span class='glossary-term'>ματικάπι</span> που δουλεύεται με το χέρι και με παλινδρομικές κινήσεις (και το <span class='glossary-term'>ματικάπι</span> χειροκίνητο!!)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ματικάπι']
});
glossary.set("τρυπητό", {
    category: "τμήμα σκάφους",
    definition: "λέγεται και φρακαριστό ή τακάδο - είναι το <span class='glossary-term'>μαδέρι</span> με τις τρύπες που τοποθετείται στη ρύζα του <span class='glossary-term'>παραπέτου</span> και πάνω από τα καμάρια, και σταθεροποιεί το σκελετό του σκάφους",
    synonyms: ['φρακαριστά', 'κουρζέτο'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι', 'μαδέρι', 'παραπέτο']
});
glossary.set("τσαμαντάλι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "σκοινάκι ραμμένο στο <span class='glossary-term'>πανί</span> για το δέσιμό του κατά το μουδάρισμα - όλα τα τσαμαντάλια που βρίσκονται σε σειρά σχηματίζουν μία <span class='glossary-term'>μούδα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαντάλι', 'μούδα', 'πανί']
});
glossary.set("τσάπα", {
    category: "τμήμα σκάφους",
    definition: "η πρώτη <span class='glossary-term'>αράδα</span> του πετσώματος ακριβώς κάτω από το <span class='glossary-term'>τρυπητό</span>",
    synonyms: [],
    antonyms: [],
    english: "deck sheer strake ",
    design: false,
    photo: false,
    termsindefinition: ['αράδα', 'τρυπητό']
});
glossary.set("τσαπλήκι", {
    category: "εργαλείο",
    definition: "η ξύλινη λαβή του χειροτρύπανου",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τσαποκέφαλο", {
    category: "ξυλεία",
    definition: "ξύλο αρκετά καμπυλωτό που λέγεται και στραβάδο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τσαπράζι (στο κατακάρφωμα)", {
    category: "τεχνικός όρος",
    definition: "τα καρφιά που καρφώνονται σταυρωτά πάνω στα μαδέρια και τις πόστες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("τσαπράζι (στο πριόνι)", {
    category: "τεχνικός όρος",
    definition: "εναλλάξ λύγισμα των δοντιών των πριονιών, προς τα πλάγια, για αποτελεσματικότερο κόψιμο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κότερο']
});
glossary.set("τσαπραζολόγος", {
    category: "εργαλείο",
    definition: "μικρό <span class='glossary-term'>εργαλείο </span>με εγκοπές που έχει το μέγεθος μαχαιριού και χρησιμοποιείται για την ελαφρά στρέβλωση των δοντιών στα πριόνια",
    synonyms: [],
    antonyms: [],
    english: "Saw set",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'πριόνι']
});
glossary.set("τσατάλα", {
    category: "ξυλεία",
    definition: "φυσικό σχήμα γωνατοειδούς ξύλου με δύο κλειστά σκέλη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τσατιά", {
    category: "τμήμα σκάφους",
    definition: "οι ενώσεις των κομματιών της <span class='glossary-term'>πόστας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("τσεκούρι", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>που χρησιμοποιείται στο κόψιμο των δέντρων στο δάσος",
    synonyms: ['μπαλτάς'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("τσεραλίδικο", {
    category: "ξυλεία",
    definition: "ξύλο που περιέχει πολύ δαδί",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τσερκάρισμα", {
    category: "τεχνικός όρος",
    definition: "ο γενικός έλεγχος του πετσώματος από τον καλαφάτη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("τσερνίκι", {
    category: "τύπος σκάφους",
    definition: "<span class='glossary-term'>οξύπρυμνο</span> <span class='glossary-term'>καΐκι</span> με χαρακτηριστικά ευθύγραμμο και με μεγάλη κλίση προς τα εμπρός (<span class='glossary-term'>λάτζο</span>) πλωριό ποδόσταμο και πρύμνη όμοια με του περάματος (Πουλιανός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'λάτζο', 'λιανό', 'οξύπρυμνο']
});
glossary.set("τσερνικοπέραμα", {
    category: "τύπος σκάφους",
    definition: "τύπος <span class='glossary-term'>οξύπρυμνου</span> καϊκιού που είναι παρόμοιος με το <span class='glossary-term'>πέραμα</span> αλλά με μικρότερο πλάτος απ' ότι τα περάματα του ίδιου μεγέθους ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['οξύπρυμνο', 'πέραμα']
});
glossary.set("τσιμπίδα", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>λαβίδα</span>",
    synonyms: ['λαβίδα '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βίδα', 'λαβίδα']
});
glossary.set("τσιμπουκάκι", {
    category: "None",
    definition: "λεπτή <span class='glossary-term'>πλάνη</span> (<span class='glossary-term'>νύχι</span>) που χρησιμοποιείται για να δημιουργεί λωρίδα με κοίλη διατομή",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['νύχι', 'πλάνη']
});
glossary.set("τσιμπουκάκι καλαφατίσματος", {
    category: "None",
    definition: "<span class='glossary-term'>καλαφατικό</span> σίδερο με <span class='glossary-term'>διπλό</span> αυλάκι στην ακμή του και πάχος ακμής περίπου 7χιλ. Το χρησιμοποιούσαν σε μεγάλους αρμούς μετά από λεπτότερα καλαφατικά σίδερα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['διπλό', 'καλαφατικό']
});
glossary.set("τσινιαδόρος ", {
    category: "None",
    definition: "<span class='glossary-term'>εργαλείο </span>χάραξης παράλληλων γραμμών  κατα μήκος της ακμής ενός μαδεριού ή άλλου ξύλου",
    synonyms: [],
    antonyms: [],
    english: "adjustable mortise-marking  tool ",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ']
});
glossary.set("τσίτσκας", {
    category: "εργαλείο",
    definition: "το πίσω μέρος της μεγάλης <span class='glossary-term'>σκεπαρνιάς</span> που λέγεται και ???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σκεπαρνιά']
});
glossary.set("τσιφούτι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "<span class='glossary-term'>τάκος</span> ή <span class='glossary-term'>σφήνα</span> διαφόρων μεγεθών, ανάλογα με το σχήμα της κοιλιάς των καϊκιών, καρφωμένο μαζί με άλλα στα <span class='glossary-term'>βάζα</span> σε δύο σειρές επάνω στα οποία ακουμπά το σκάφος κατά την ανέλκυση και την καθέλκυσή του",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'σφήνα', 'τάκος']
});
glossary.set("τσούντα", {
    category: "τμήμα σκάφους",
    definition: "στην πλώρη το επάνω τμήμα του ποδοστάματος, στο οποίο διιαμορφώνεται το <span class='glossary-term'>κοράκι</span> στην πρύμνη το τμήμα του ποδοστάματος μέσα από τον ασσό",
    synonyms: ['πανινό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κοράκι']
});
glossary.set("τυπάς", {
    category: "εργαλείο",
    definition: "ξύλινο σφυρί για καβίλες και άλλες ξύλινες συνδέσεις ",
    synonyms: ['ξυλόσφυρο'],
    antonyms: [],
    english: "wooden mallet ",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("υδραίικος βαρκαλάς ή υδραίικια βάρκα", {
    category: "τύπος σκάφους",
    definition: "<span class='glossary-term'>βάρκα</span> με κοντό και φαρδύ άβακα στην πρύμνη και σχεδόν κατακόρυφο πλωριό ποδόσταμα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("υπερκατασκευή", {
    category: "τμήμα σκάφους",
    definition: "Οποιαδήποτε κατασκευή βρίσκεται πάνω απο το <span class='glossary-term'>κατάστρωμα</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κατάστρωμα']
});
glossary.set("ύφαλα", {
    category: "τμήμα σκάφους",
    definition: "το τμήμα της <span class='glossary-term'>γάστρας</span> που βρίσκεται κάτω από την επιφάνεια της θάλασσας ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα']
});
glossary.set("φαλάγγι", {
    category: "εξοπλισμός καρνάγιου",
    definition: "ξύλο τετράγωνης διατομής που μαζί με άλλα τοποθετούνται στο έδαφος του ναυπηγείου, σε σειρά το ένα παράλληλα με το άλλο, ανά ένα έως δύο μέτρα, και πάνω τους γλυστρούν τα <span class='glossary-term'>βάζα</span> κατά την ανέλκυση ή <span class='glossary-term'>καθέλκυση</span> κάποιου σκάφους - συνήθως τα φαλάγγια μπαίνουν ως προεκτάσεις της σκάρας για να συρθεί ένα σκάφος μακρύτερα από τη θάλασσα - όταν καρφώνονται πάνω στα <span class='glossary-term'>στιμόνια</span> μιας σκάρας λέγονται και τραβέρσες (Δαμιανίδης)",
    synonyms: ['τραβέρσες'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάζα', 'καθέλκυση', 'στιμόνια', 'τιμόνι']
});
glossary.set("φάλκα ", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "Ο εγκάρσιος <span class='glossary-term'>τάκος</span> ή <span class='glossary-term'>καθρέφτης</span> που υπάρχει στην πλώρη των περαμάτων",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καθρέφτης', 'τάκος']
});
glossary.set("φάλκης", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "Το συρώμενο σκέπαστρο της καταπακτή του <span class='glossary-term'>σπυράγιου</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σπυράγιο']
});
glossary.set("φάλκης, ο", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "το πρωραίο τμήμα του πλωριού ποδοστάματος συνήθως στα καραβόσκαρα. Η πρωραία ακμή του φάλκη έχει σχήμα τελικού S",
    synonyms: ['ταλιαμάς '],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("φαλτσογωνιά", {
    category: "εργαλείο",
    definition: "σταθερή ξύλινη γωνία 135 μοιρών ",
    synonyms: [],
    antonyms: [],
    english: "135o gauge",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("φαλτσολόγος", {
    category: "εργαλείο",
    definition: "<span class='glossary-term'>εργαλείο </span>όμοιο με την <span class='glossary-term'>στέλα</span>. Ο ένας βραχίονας είναι αρκετά μεγαλύτερος από τον άλλο ή έχει μεταβλητό μήκος ",
    synonyms: ['στέλα'],
    antonyms: [],
    english: "bevel gauge",
    design: false,
    photo: false,
    termsindefinition: ['εργαλείο ', 'στέλα']
});
glossary.set("φαναριέρα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "είδος ξύλινου ραφιού που στερεώνεται στα <span class='glossary-term'>ξάρτια</span> πάνω από τον αρμαδούρο, μία στην αριστερή πλευρά με κόκκινο φανάρι και μία στην δεξιά με πράσινο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['ξάρτια']
});
glossary.set("φάρσο", {
    category: "τμήμα σκάφους",
    definition: "λεπτή σανίδα που χρησιμοποιούταν στο εσωτερικό <span class='glossary-term'>πέτσωμα</span> του σκάφους, ανάμεσα στα χοντρώματα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πέτσωμα']
});
glossary.set("φάρσωμα", {
    category: "εργασία-τεχνική",
    definition: "το φράξιμο, με λεπτά σανίδα, των κενών μεταξύ των χοντρομάτων (σοτρώπι, στραγαλιές, λούροι)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("φέδρωμα", {
    category: "τμήμα σκάφους",
    definition: "η επένδυση όλου του εσωτερικού χώρου της <span class='glossary-term'>γάστρας</span> του καϊκιού - περιλαμβάνει τα <span class='glossary-term'>χοντρόματα</span>, τα φάρσα και τα πανιόλα, το 'ντύσιμο' του καϊκιού από μέσα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'χοντρό', 'χοντρόματα']
});
glossary.set("φιλιάρισμα", {
    category: "None",
    definition: "η πίεση ενός μαδεριού από την μία παριά του για να 'φιλήσει' να κλείσει ο <span class='glossary-term'>αρμός</span> που έχει από την άλλη παριά με το προηγούμνο <span class='glossary-term'>μαδέρι</span> ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αρμός', 'μαδέρι']
});
glossary.set("φλίσι", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "τριγωνικό <span class='glossary-term'>πανί</span>, όμοιο με φλόκο, που τοποθετείται πιο πάνω από τα κύρια πανιά των μεγάλων καϊκιών",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πανί']
});
glossary.set("φλόκος", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "αναδρομικό - διαμήκες τρίγωνο <span class='glossary-term'>πανί</span> της πλώρης που αναρτάται από το <span class='glossary-term'>στράλιο</span> του μπαστουνιού",
    synonyms: [],
    antonyms: [],
    english: "jib",
    design: false,
    photo: false,
    termsindefinition: ['πανί', 'στράλιο']
});
glossary.set("φοβέρισμα", {
    category: "εργασία-τεχνική",
    definition: "το ελαφρύ '<span class='glossary-term'>κάψιμο</span>' της επιφάνειας των μαδεριών από τον καλαφάτη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κάψιμο']
});
glossary.set("φόδρο", {
    category: "τμήμα σκάφους",
    definition: "εσωτερικό <span class='glossary-term'>πέτσωμα</span> ανάμεσα στο <span class='glossary-term'>σωτρόπι</span>, τις στραγαλιές και τον λούρο.",
    synonyms: [],
    antonyms: [],
    english: "ceiling",
    design: false,
    photo: false,
    termsindefinition: ['πέτσωμα', 'σωτρόπι']
});
glossary.set("φουρκαδέλλα", {
    category: "τμήμα σκάφους",
    definition: "σιδερένια βέργα που καρφώνεται στην <span class='glossary-term'>κουπαστή</span> και καταλήγει επάνω σε βραχιόλι χαλκά, η οποία φέρει το <span class='glossary-term'>κοντάρι του μουσαμά</span>, κουπιά, αντένες ή εργαλεία ψαρέματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κοντάρι του μουσαμά', 'κουπαστή']
});
glossary.set("φουρκάλα ή τρεχαντήνα", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "ξύλινη ή σιδερένια <span class='glossary-term'>διχάλα</span> που τοποθετείται επάνω στην <span class='glossary-term'>κουπαστή</span> για να στηρίζονται τα κουπιά, τα καμάκια, τα κοντάρια κλπ.",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['διχάλα', 'κουπαστή']
});
glossary.set("φουρκέτα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "σιδηρόβεργα λυγισμένη σε παράλληλη και ίση απόσταση ώστε να σχηματίζει δύο άκρες",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("φούρμα", {
    category: "τεχνικός όρος",
    definition: "ευλύγιστος μακρύς πήχης που χρησιμοποιείται μαζί με άλλους για να σχηματίζονται τα ανοίγματα και τα ξοκλαδίσματα στην πλώρη και την πρύμνη πριν τοποθετηθούν οι νομείς - χρησιμοποιούνται επίσης για να κρατούν τους νομείς σε σωστές αποστάσεις μέχρι να τοποθετηθούν τα <span class='glossary-term'>χοντρόματα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['χοντρό', 'χοντρόματα']
});
glossary.set("φούρμωμα", {
    category: "εργασία-τεχνική",
    definition: "η τοποθέτηση των φουρμών επάνω σε μερικούς νομείς που έχουν σχηματιστεί με το μονόχναρο ή τη <span class='glossary-term'>σάλα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['σάλα']
});
glossary.set("φουρνιστή", {
    category: "τμήμα σκάφους",
    definition: "μεγάλη <span class='glossary-term'>τσατάλα</span> (?) με δύο σκέλη που ενώνει τα ντουφέκια σε ένα σώμα με βίδες περαστές / <span class='glossary-term'>αγκώνας</span> - ξύλο με φυσικό σχήμα γωνίας - που τζαβετώνεται στα ποδοστάματα και τα ντουφέκια (Πουλιανός), και συνδέει την αριστερή με τη δεξιά πλευρά της <span class='glossary-term'>γάστρας</span> στην πλώρη και στην πρύμνη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αγκώνας', 'γάστρα', 'λιανό', 'ντουφέκι', 'τουφέκι', 'τσατάλα']
});
glossary.set("φούσκα", {
    category: "None",
    definition: "είδος πανιού παρόμοιο με την σακολέβα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['λέβα']
});
glossary.set("φουστανέλα", {
    category: "None",
    definition: "βλ. <span class='glossary-term'>τρίγκος</span> ",
    synonyms: ['τρίγκος'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρίγκος']
});
glossary.set("φρακαριστά", {
    category: "τμήμα σκάφους",
    definition: "συνώνυμο της λέξης '<span class='glossary-term'>τρυπητό</span>'",
    synonyms: ['τρυπητό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρυπητό']
});
glossary.set("φραχτή", {
    category: "τμήμα σκάφους",
    definition: "ο <span class='glossary-term'>μπουλμές</span> του καϊκού - η φραχτή είναι συνήθως ένας στεγανός <span class='glossary-term'>μπουλμές</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπουλμές']
});
glossary.set("φτενάδι", {
    category: "χαρακτηρισμός",
    definition: "λεπτό ξύλο (φτενός=λεπτός)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("φτερό", {
    category: "τμήμα σκάφους",
    definition: "το κατώτερο και φαρδύτερο ρμήμα του τιμονιού",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("φωλιάζω", {
    category: "έκφραση",
    definition: "στερεώνω κάτι κάπου, όχι μόνο με κάρφωμα, αλλά ανοίγοντας πρώτα ανάλογη τρύπα/πατούρα, ώστε να σφηνωθεί το ξύλο",
    synonyms: ['σωφηλιάζω'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χαβούνι", {
    category: "τμήμα σκάφους",
    definition: "η τρύπα από το <span class='glossary-term'>κωστάκι</span> μαζί με το σύνολο του χώρου της πλώρης και της πρύμνης",
    synonyms: ['γαβούνι (στη Σκόπελο)'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κωστάκι']
});
glossary.set("χαλί", {
    category: "εργαλείο",
    definition: "αυτοσχέδιο ξύλινο μέτρο που χρησιμοποιείται για να αντιγράφεται η ακμή ενός ξύλου της κατασκευής πάνω σε ένα άλλο που θα κοπεί για να εφαρμοστεί ακριβώς πάνω στο πρώτο ξύλο - για μεγάλα ξύλινα κομμάτια και για τον ίδιο σκοπό χρησιμοποιείται και το τυποποιημένο σπαστό μέτρο (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χάλισμα", {
    category: "εργασία-τεχνική",
    definition: "το σύρσιμο του χαλιού μαζί με ένα μολύβι πάνω στο ξύλο για να σημαδευτεί η γραμμή που θα κοπεί το ξύλο (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χαλκάς ή κρικέλα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "σιδερένιο δαχτυλίδι περασμένο μέσα από <span class='glossary-term'>μάπα</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μάπα']
});
glossary.set("χανιώτικη γαΐτα", {
    category: "τύπος σκάφους",
    definition: "τύπος <span class='glossary-term'>βάρκας</span> με πολύ μικρό άβακα στην πρύμνη. Κατασκευαζόταν στα Χανιά μέχρι τα τέλη του 20ου αιώνα ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['βάρκα']
});
glossary.set("χαρακτή", {
    category: "τμήμα σκάφους",
    definition: "η πρώτη κρυφή <span class='glossary-term'>κουπαστή</span> που τοποθετείται αμέσως μετά το <span class='glossary-term'>κούρεμα</span> στα <span class='glossary-term'>κεφάλια</span> των σκαρμών (όχι το <span class='glossary-term'>τρυπητό</span>??)",
    synonyms: ['κατινή κουπαστή'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κεφάλια', 'κουπαστή', 'κούρεμα', 'τρυπητό']
});
glossary.set("χαρακτό", {
    category: "τμήμα σκάφους",
    definition: "ξύλινο στοιχείο που έχει κοπεί σαν χτένι. Το χαρακτό αντικαθιστά το <span class='glossary-term'>τρυπητό</span> σε περιοχές της κατασκευής που δεν μπορεί να τοποθετηθεί <span class='glossary-term'>τρυπητό</span> (συνήθως σε περιοχές της πρύμνης και της πλώρης όπου υπάρχουν μεγάλες κλίσεις του των νομέων. ",
    synonyms: ['τρυπητό'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['τρυπητό']
});
glossary.set("χάρβαλο", {
    category: "χαρακτηρισμός",
    definition: "σκάφος που βρίσκεται σε πολύ κακή κατάσταση εγκαταλειμμένο",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χάρμπα", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "μακριά σιδηρόβεργα με πολύ αιχμηρή μύτη",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χαρούπα", {
    category: "None",
    definition: "το <span class='glossary-term'>πούλι</span> του πελτσινώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πούλι']
});
glossary.set("χελιδονοουρά", {
    category: "σύνδεσμοι-εξαρτήματα",
    definition: "σύνδεση δύο ξύλων με κάθετη κατεύθυνση που σχηματίζουν Τ. Το ένα ξύλο έχει λοξότμητο μόρσο και το άλλο αντίστοιχη λοξότμητη εγκοπή. Το μόρσο του πρώτη ξύλου μπαίνει στην εγκοπή από πάνω ενώ η καταπόνηση της σύνδεσης είναι προς τα κάτω και προς τα πλάγια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: true,
    photo: false,
    termsindefinition: []
});
glossary.set("χλάπα ή χλαπάτσα", {
    category: "τεχνικός όρος",
    definition: "πρόσθετο φαρδύ <span class='glossary-term'>μαδέρι</span> που συγκρατεί προσωρινά δύο σπασμένα ή ενωμένα ξύλα",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μαδέρι']
});
glossary.set("χνάρι", {
    category: "εργαλείο",
    definition: "το πρότυπο σχήμα (πατρόν) για ένα κομμάτι της κατασκευής που είναι κομμένο πάνω σε ένα λεπτό ξύλο (κόντρα πλακέ ή λεπτή σανίδα) ή ακόμη και σε ένα χαρτόνι (Δαμιανίδης)",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χνάρι (κατηγορίες)", {
    category: "εργαλείο",
    definition: "βοήθημα που χρησιμοποιείται σαν 'πατρόν' για προσδιοριστή το σχήμα ενός ξύλινου στοιχείου της κατασκευής ",
    synonyms: [],
    antonyms: [],
    english: "mold or mould",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χνάρι μονόχναρου", {
    category: "εργαλείο",
    definition: "βασικό- <span class='glossary-term'>μάνα</span> / για το άνοιγμα της επάνω άκρης των νομέων / της καρίνας - πινακίδι / των στρώσεων - <span class='glossary-term'>αξινίστροφο</span>, <span class='glossary-term'>δίβολτο</span> / για τα μαντάλια / ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['αξινίστροφο', 'δίβολτο', 'μάνα', 'μαντάλι', 'πινακίδι ']
});
glossary.set("χοντρό", {
    category: "εργαλείο",
    definition: "η παρέλλα",
    synonyms: ['παρέλλα'],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χοντρό διπλό", {
    category: "εργαλείο",
    definition: "το <span class='glossary-term'>διπλό</span>???",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['διπλό']
});
glossary.set("χοντρόματα", {
    category: "τμήμα σκάφους",
    definition: "τα εσωτερικά χοντρά διαμήκη ξύλα που δένουν το <span class='glossary-term'>καΐκι</span> και σταθεροποιούν το σκελετό του - αποτελούνται από το <span class='glossary-term'>σωτρόπι</span>, σκορπιό, <span class='glossary-term'>σώψωμο</span>, στραγαλιές, λούρους, κουρζέτα, ντουφέκια, φουρνιστές",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καΐκι', 'ντουφέκι', 'σωτρόπι', 'σώψωμο', 'τουφέκι']
});
glossary.set("χωραφίτες", {
    category: "ξυλεία",
    definition: "πεύκα κακής ποιότητας, ακατάλληλα για ναυπηγική ξυλεία που φύονται κυρίως σε πεδινές περιοχές",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: []
});
glossary.set("χωστή", {
    category: "εξοπλισμός καρνάγιου",
    definition: "χοντρή <span class='glossary-term'>καδένα</span> (αλυσίδα) που η μια της άκρη είναι στερεωμένη βαθιά στη γη και αποτελεί ισχυρή αγκύρωση. Η άλλη της άκρη βρίσκεται στην επιφάνεια του εδάφους και συνήθως συνέεται με την αλυσίδα που ονομάζεται καραμουσάλι με ένα <span class='glossary-term'>χοντρό</span> κλειδί.  ",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καδένα', 'σάλι', 'χοντρό']
});
glossary.set("ψάθα", {
    category: "ιστιοφορία - εξαρτισμός",
    definition: "διαμήκες τετράπλευρο <span class='glossary-term'>πανί</span> τεντωμένο σε κινητές αντένες, κάτω τη <span class='glossary-term'>μάτσα</span> και επάνω το <span class='glossary-term'>πίκι</span>, οι οποίες σταυρώνουν με το <span class='glossary-term'>άλμπουρο</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['άλμπουρο', 'μάτσα', 'πανί', 'πίκι']
});
glossary.set("ψαλίδια", {
    category: "τμήμα σκάφους ειδικού τύπου",
    definition: "κοντά δοκάρια τοποθετημένα μεταξύ δύο καμαριών σε κάθετη γραμμή με αυτά - επάνω τους συνδέονται με φάλτσες ενώσεις (μέγγες) άλλα καμάρια πιο κοντά που μπορούν να αποτελούν ένα, και σε μεγάλα σκάφη δύο, κομμάτια για να συμπληρώνουν το ίδιο μήκος ή πλάτος της <span class='glossary-term'>κουβέρτας</span>",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['καμάρι', 'κουβέρτα']
});
glossary.set("ψάρι", {
    category: "χαρακτηρισμός",
    definition: "η τοξοειδής γραμμή ενός καϊκιού, το πολύ ξοκλάδισμα στην πλώρη και κυρίως στην πρύμνη που αρχίζει με αρκετό άνοιγμα σαν ομπρέλα από το μύλο της <span class='glossary-term'>κουπαστής</span> και ελαττώνεται προοδευτικά προς τα κάτω για να καταλήξει στο πάχος της καρένας",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['κουπαστή']
});
glossary.set("ψιλομέτρημα", {
    category: "τεχνικός όρος",
    definition: "το μέτρημα των πλευρών μιας <span class='glossary-term'>πόστας</span> έτσι ώστε να είναι σε ίση απόσταση από το ποδόσταμο κατά τη διάρκεια του φουρμώματος",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['πόστα']
});
glossary.set("ψωφάει ", {
    category: "έκφραση",
    definition: "παίρνει ένα <span class='glossary-term'>μαδέρι</span> το σχήμα που έχει η <span class='glossary-term'>γάστρα</span> στο σημείο όπου τοποθετείται, συνήθως μετά από άτμιση",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['γάστρα', 'μαδέρι']
});
glossary.set("ωμορφοτάρια", {
    category: "τμήμα σκάφους",
    definition: "φαρδιά ξύλα που τοποθετούνται στην πλώρη και στην πρύμνη κάτω από την μπραγκάτσα και σταθεροποιούν περισσότερο τους μπαμπάδες, τις κουπαστές και τα μπρατσόλια",
    synonyms: [],
    antonyms: [],
    english: "None",
    design: false,
    photo: false,
    termsindefinition: ['μπρατσόλι', 'πραγκάτσα']
});
