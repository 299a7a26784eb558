# knowledge_base/health_glossary_data.py

# A simple dictionary for keyword-based lookups.
# This is the second layer of fallback.
HEALTH_GLOSSARY = {
    "ors": {
        "def_en": "Oral Rehydration Solution (ORS) is a special drink that helps treat dehydration, often caused by diarrhea. It replaces water and electrolytes lost from the body.",
        "def_hi": "ओरल रिहाइड्रेशन सॉल्यूशन (ओआरएस) एक विशेष पेय है जो निर्जलीकरण का इलाज करने में मदद करता है, जो अक्सर दस्त के कारण होता है। यह शरीर से खोए हुए पानी और इलेक्ट्रोलाइट्स की भरपाई करता है।",
        "def_or": "ଓରାଲ୍ ରିହାଇଡ୍ରେସନ୍ ସଲ୍ୟୁସନ୍ (ORS) ଏକ ବିଶେଷ ପାନୀୟ ଯାହା ନିର୍ଜଳୀକରଣର ଚିକିତ୍ସା କରିବାରେ ସାହାଯ୍ୟ କରେ, ଯାହା ପ୍ରାୟତଃ ତରଳ ଝାଡ଼ା କାରଣରୁ ହୋଇଥାଏ। ଏହା ଶରୀରରୁ ହଜିଯାଇଥିବା ଜଳ ଏବଂ ଇଲେକ୍ଟ୍ରୋଲାଇଟ୍ସକୁ ପୂରଣ କରେ।",
        "reference": "https://www.who.int/publications/i/item/WHO-FCH-CAH-06.1"
    },
    "bcg": {
        "def_en": "BCG is a vaccine that protects against tuberculosis, especially in young children.",
        "def_hi": "बीसीजी एक टीका है जो तपेदिक (टीबी) से बचाता है, खासकर छोटे बच्चों में।",
        "def_or": "ବିସିଜି ଏକ ଟିକା ଯାହା ଯକ୍ଷ୍ମା (ଟିବି)ରୁ ସୁରକ୍ଷା କରେ, ବିଶେଷକରି ଛୋଟ ପିଲାମାନଙ୍କୁ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/bcg-vaccines"
    },
    "dpt": {
        "def_en": "DPT is a vaccine that protects children from diphtheria, pertussis (whooping cough), and tetanus.",
        "def_hi": "डीपीटी एक टीका है जो बच्चों को डिफ्थीरिया, काली खांसी और टेटनस से बचाता है।",
        "def_or": "ଡିପିଟି ଏକ ଟିକା ଯାହା ଶିଶୁମାନଙ୍କୁ ଡିଫ୍ଥେରିଆ, କାଳି କାଶି ଓ ଧନୁଷ୍ଟଙ୍କାରୁ ସୁରକ୍ଷା କରେ।",
        "reference": "https://www.who.int/immunization/diseases/diphtheria/en/"
    },
    "opv": {
        "def_en": "OPV (Oral Polio Vaccine) protects against poliomyelitis, a disease that can cause paralysis.",
        "def_hi": "ओपीवी (ओरल पोलियो वैक्सीन) पोलियो से बचाता है, जो लकवा पैदा कर सकता है।",
        "def_or": "ଓପିଭି (ମୁଖ୍ୟେ ପୋଲିଓ ଟିକା) ପୋଲିଓରୁ ସୁରକ୍ଷା କରେ, ଯାହା ଲକ୍ଷ୍ମଣତା ସୃଷ୍ଟି କରିପାରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/poliomyelitis"
    },
    "mmr": {
        "def_en": "MMR vaccine protects against measles, mumps, and rubella.",
        "def_hi": "एमएमआर वैक्सीन खसरा, गलसुआ और रुबेला से बचाता है।",
        "def_or": "ଏମଏମଆର୍ ଟିକା ଖସରା, ଗଲସୁଆ ଏବଂ ରୁବେଲାରୁ ସୁରକ୍ଷା କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/measles"
    },
    "fever": {
        "def_en": "Fever means a higher than normal body temperature, often due to infection.",
        "def_hi": "बुखार का मतलब है शरीर का सामान्य से अधिक तापमान, जो अक्सर संक्रमण के कारण होता है।",
        "def_or": "ଜ୍ୱରର ଅର୍ଥ ହେଉଛି ଶରୀରର ସାଧାରଣ ତାପମାତ୍ରା ଠାରୁ ଅଧିକ, ସାଧାରଣତଃ ସଂକ୍ରମଣରୁ।",
        "reference": "https://www.cdc.gov/fever/about/index.html"
    },
    "bukhar": {
        "def_en": "Bukhar is the Hindi word for fever, a rise in body temperature due to illness.",
        "def_hi": "बुखार का मतलब है शरीर का तापमान बीमारी के कारण बढ़ जाना।",
        "def_or": "‘ବୁଖାର୍’ ହେଉଛି ହିନ୍ଦୀରେ ଜ୍ୱର, ଯାହା ଶରୀରର ତାପମାତ୍ରା ବଢ଼ିବାରୁ ହୁଏ।",
        "reference": "https://www.cdc.gov/fever/about/index.html"
    },
    "cough": {
        "def_en": "Cough is the body's way of clearing the throat and lungs of mucus or infection.",
        "def_hi": "खांसी शरीर का तरीका है गले और फेफड़ों से बलगम या संक्रमण साफ करने का।",
        "def_or": "କାଶି ହେଉଛି ଶରୀରର ପଦ୍ଧତି, ଯାହା ଦ୍ୱାରା ଗଳା ଓ ଫୁସଫୁସରୁ କଫ୍ ବା ସଂକ୍ରମଣକୁ ବାହାର କରେ।",
        "reference": "https://www.cdc.gov/cough/index.html"
    },
    "khansi": {
        "def_en": "Khansi is the Hindi word for cough, often caused by infections or irritation.",
        "def_hi": "खांसी का मतलब है गले या फेफड़ों की परेशानी, जो अक्सर संक्रमण से होती है।",
        "def_or": "‘ଖାନସି’ ହିନ୍ଦୀରେ କାଶିକୁ କୁହାଯାଏ, ସାଧାରଣତଃ ସଂକ୍ରମଣ କିମ୍ବା ଇରିଟେସନ୍ରୁ ହୁଏ।",
        "reference": "https://www.cdc.gov/cough/index.html"
    },
    "diarrhea": {
        "def_en": "Diarrhea means passing loose or watery stools many times a day.",
        "def_hi": "दस्त का मतलब है दिन में कई बार पतला या पानी जैसा मल आना।",
        "def_or": "ତରଳ ଝାଡ଼ାର ଅର୍ଥ ହେଉଛି ଦିନରେ ଅନେକଥର ପାଣିଆ ମଳ ପ୍ରସ୍ରବଣ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/diarrhoeal-disease"
    },
    "dast": {
        "def_en": "Dast is the Hindi word for diarrhea, when stools are watery and frequent.",
        "def_hi": "दस्त का मतलब है बार-बार पानी जैसा मल आना।",
        "def_or": "‘ଦସ୍ତ’ ହେଉଛି ହିନ୍ଦୀରେ ତରଳ ଝାଡ଼ା, ଯେତେବେଳେ ପାଣିଆ ମଳ ବାରମ୍ବାର ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/diarrhoeal-disease"
    },
    "jaundice": {
        "def_en": "Jaundice makes the skin and eyes yellow, often due to liver problems.",
        "def_hi": "पीलिया में त्वचा और आंखें पीली हो जाती हैं, अक्सर यह जिगर की समस्या से होता है।",
        "def_or": "ପୀଳିଆରେ ଚର୍ମ ଏବଂ ଆଖି ପୀତ ହୋଇଯାଏ, ସାଧାରଣତଃ ଯକୃତ ସମସ୍ୟାରୁ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b"
    },
    "piliya": {
        "def_en": "Piliya is the Hindi word for jaundice, when skin and eyes look yellow.",
        "def_hi": "पीलिया का मतलब है शरीर और आंखों का पीला पड़ना।",
        "def_or": "‘ପିଲିଆ’ ହେଉଛି ହିନ୍ଦୀରେ ପୀଳିଆ, ଯେତେବେଳେ ଶରୀର ଓ ଆଖି ପୀତ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b"
    },
    "dehydration": {
        "def_en": "Dehydration means too much water is lost from the body, making it weak and dry.",
        "def_hi": "निर्जलीकरण का मतलब है शरीर से बहुत अधिक पानी खोना, जिससे शरीर कमजोर और सूखा हो जाता है।",
        "def_or": "ନିର୍ଜଳୀକରଣ ଅର୍ଥାତ୍ ଶରୀରରୁ ଅଧିକ ପରିମାଣରେ ଜଳ ହରାଇଯିବା, ଯାହାରେ ଶରୀର ଦୁର୍ବଳ ଏବଂ ସୁକ୍କା ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/dehydration"
    },
    "immunity": {
        "def_en": "Immunity is the body's defense system that protects against diseases.",
        "def_hi": "प्रतिरक्षा शरीर की रक्षा प्रणाली है जो बीमारियों से बचाती है।",
        "def_or": "ପ୍ରତିରୋଧକ କ୍ଷମତା ଶରୀରର ସୁରକ୍ଷା ପଦ୍ଧତି ଯାହା ରୋଗରୁ ରକ୍ଷା କରେ।",
        "reference": "https://www.who.int/health-topics/immunity"
    },
    "antibiotic": {
        "def_en": "Antibiotics are medicines that kill or stop the growth of bacteria.",
        "def_hi": "एंटीबायोटिक ऐसी दवाएं हैं जो बैक्टीरिया को मारती हैं या उनके बढ़ने को रोकती हैं।",
        "def_or": "ଆଣ୍ଟିବାୟୋଟିକ୍ ହେଉଛି ଔଷଧ, ଯାହା ବ୍ୟାକଟେରିଆକୁ ମାରେ କିମ୍ବା ବୃଦ୍ଧିକୁ ରୋକେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/antimicrobial-resistance"
    },
    "sanitation": {
        "def_en": "Sanitation means keeping places clean to stop disease spread.",
        "def_hi": "स्वच्छता का मतलब है जगहों को साफ रखना ताकि बीमारियां न फैलें।",
        "def_or": "ସ୍ୱଚ୍ଛତାର ଅର୍ଥ ହେଉଛି ସ୍ଥାନଗୁଡ଼ିକୁ ପରିଷ୍କାର ରଖିବା, ଯାହାରେ ରୋଗ ନ ଛଡ଼ାଏ।",
        "reference": "https://www.who.int/health-topics/sanitation"
    },
    "nutrition": {
        "def_en": "Nutrition means getting the right food for growth and health.",
        "def_hi": "पोषण का मतलब है सही भोजन पाना ताकि विकास और स्वास्थ्य अच्छा रहे।",
        "def_or": "ପୋଷଣର ଅର୍ଥ ହେଉଛି ଠିକ୍ ଖାଦ୍ୟ ଗ୍ରହଣ କରିବା, ବିକାଶ ଓ ସ୍ୱାସ୍ଥ୍ୟ ପାଇଁ।",
        "reference": "https://www.who.int/health-topics/nutrition"
    },
    "anemia": {
        "def_en": "Anemia happens when blood has too few red cells, causing weakness and tiredness.",
        "def_hi": "एनीमिया तब होता है जब खून में लाल कोशिकाएं कम हो जाती हैं, जिससे कमजोरी और थकान होती है।",
        "def_or": "ରକ୍ତାଳ୍ପତା ସମୟରେ ରକ୍ତରେ କମ୍ ଲାଲ କୋଷିକା ଥାଏ, ଯାହାରେ ଦୁର୍ବଳତା ଓ କ୍ଲାନ୍ତି ହୁଏ।",
        "reference": "https://www.who.int/health-topics/anaemia"
    },
    "malaria": {
        "def_en": "Malaria is a mosquito-borne disease causing fever, chills, and weakness.",
        "def_hi": "मलेरिया मच्छर से फैलने वाली बीमारी है जो बुखार, ठंड लगना और कमजोरी लाती है।",
        "def_or": "ମାଲେରିଆ ହେଉଛି ମଛରୀରୁ ଛଡ଼ାଇଥିବା ରୋଗ, ଯାହା ଜ୍ୱର, କାପୁଣି ଓ ଦୁର୍ବଳତା କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/malaria"
    },
    "dengue": {
        "def_en": "Dengue is a mosquito-borne viral disease that causes high fever, pain, and sometimes bleeding.",
        "def_hi": "डेंगू मच्छर से फैलने वाली बीमारी है जिसमें तेज बुखार, दर्द और कभी-कभी खून बहना होता है।",
        "def_or": "ଡେଙ୍ଗୁ ମଛରୀରୁ ଛଡ଼ାଇଥିବା ଭାଇରସ୍ ରୋଗ, ଯାହାରେ ଉଚ୍ଚ ଜ୍ୱର, ବେଦନା ଓ କେବେକେବେ ରକ୍ତସ୍ରାବ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue"
    },
    "tuberculosis": {
        "def_en": "Tuberculosis (TB) is a bacterial infection that mainly affects the lungs.",
        "def_hi": "तपेदिक (टीबी) एक बैक्टीरियल संक्रमण है जो मुख्य रूप से फेफड़ों को प्रभावित करता है।",
        "def_or": "ଯକ୍ଷ୍ମା (ଟିବି) ହେଉଛି ଏକ ବ୍ୟାକଟେରିଆଲ୍ ସଂକ୍ରମଣ, ଯାହା ପ୍ରଧାନତଃ ଫୁସଫୁସକୁ ପ୍ରଭାବିତ କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/tuberculosis"
    },
    "cholera": {
        "def_en": "Cholera is a water-borne disease causing severe diarrhea and dehydration.",
        "def_hi": "हैजा एक जलजनित बीमारी है जो गंभीर दस्त और निर्जलीकरण करती है।",
        "def_or": "ହାଜା ହେଉଛି ପାଣିରୁ ଛଡ଼ାଇଥିବା ରୋଗ, ଯାହା ଭୟଙ୍କର ଝାଡ଼ା ଓ ନିର୍ଜଳୀକରଣ କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/cholera"
    },
    "typhoid": {
        "def_en": "Typhoid is a serious bacterial infection spread through contaminated food and water. It causes fever, stomach pain, and weakness.",
        "def_hi": "टाइफाइड एक गंभीर बैक्टीरियल संक्रमण है जो दूषित भोजन और पानी से फैलता है। इसमें बुखार, पेट दर्द और कमजोरी होती है।",
        "def_or": "ଟାଇଫଏଡ୍ ଏକ ଗୁରୁତର ବ୍ୟାକ୍ଟେରିଆଲ୍ ସଂକ୍ରମଣ, ଯାହା ଦୂଷିତ ଖାଦ୍ୟ ଓ ପାଣି ଦ୍ୱାରା ଛଡ଼ାଏ। ଏଥିରେ ଜ୍ୱର, ପେଟେ ବିଥା ଏବଂ ଦୁର୍ବଳତା ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/typhoid"
    },
    "measles": {
        "def_en": "Measles is a highly contagious viral disease causing fever, cough, runny nose, and rash.",
        "def_hi": "खसरा एक अत्यधिक संक्रामक वायरल रोग है जिसमें बुखार, खांसी, नाक बहना और दाने होते हैं।",
        "def_or": "ଖସରା ଏକ ଅତ୍ୟଧିକ ସଂକ୍ରାମକ ଭାଇରାଲ୍ ରୋଗ ଯେଉଁଥିରେ ଜ୍ୱର, କାଶ, ନାକୁରୁ ପାଣି ପଡ଼ିବା ଏବଂ ଦାଗ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/measles"
    },
    "rubella": {
        "def_en": "Rubella is a viral infection with mild fever and rash but dangerous in pregnancy as it can harm the baby.",
        "def_hi": "रूबेला एक वायरल संक्रमण है जिसमें हल्का बुखार और दाने होते हैं, लेकिन गर्भावस्था में यह बच्चे के लिए खतरनाक हो सकता है।",
        "def_or": "ରୁବେଲା ଏକ ଭାଇରାଲ୍ ସଂକ୍ରମଣ ଯେଉଁଥିରେ ହାଲୁକା ଜ୍ୱର ଓ ଦାଗ ହୁଏ, କିନ୍ତୁ ଗର୍ଭାବସ୍ଥାରେ ଶିଶୁ ପାଇଁ ବିପଦଜନକ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/rubella"
    },
    "hepatitis": {
        "def_en": "Hepatitis means inflammation of the liver, often caused by viruses like Hepatitis A, B, or C.",
        "def_hi": "हेपेटाइटिस का मतलब है लीवर की सूजन, जो अक्सर हेपेटाइटिस ए, बी या सी जैसे वायरस से होती है।",
        "def_or": "ହେପାଟାଇଟିସ୍ ମାନେ ଯକୃତର ସୋଜ, ଯାହା ପ୍ରାୟତଃ ହେପାଟାଇଟିସ୍ A, B କିମ୍ବା C ଭାଇରସ୍ ଦ୍ୱାରା ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b"
    },
    "hpv": {
        "def_en": "Human Papillomavirus (HPV) is a common virus that can cause cervical cancer and is preventable by vaccine.",
        "def_hi": "ह्यूमन पैपिलोमा वायरस (एचपीवी) एक आम वायरस है जो गर्भाशय ग्रीवा के कैंसर का कारण बन सकता है और टीके से रोका जा सकता है।",
        "def_or": "ହ୍ୟୁମାନ୍ ପାପିଲୋମା ଭାଇରସ୍ (HPV) ଏକ ସାଧାରଣ ଭାଇରସ୍ ଯାହା ଜରାୟୁମୁଣ୍ଡ କ୍ୟାନ୍ସର କରିପାରେ ଏବଂ ଟୀକାରେ ପ୍ରତିରୋଧ କରାଯାଇପାରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/human-papillomavirus-(hpv)-and-cervical-cancer"
    },
    "je": {
        "def_en": "Japanese Encephalitis (JE) is a mosquito-borne viral infection that affects the brain.",
        "def_hi": "जापानी इंसेफेलाइटिस (जेई) मच्छरों से फैलने वाला एक वायरल संक्रमण है जो दिमाग को प्रभावित करता है।",
        "def_or": "ଜାପାନୀ ଇନସେଫାଲାଇଟିସ୍ (JE) ଏକ ମାଛରୀ-ଜନିତ ଭାଇରାଲ୍ ସଂକ୍ରମଣ ଯାହା ମସ୍ତିଷ୍କକୁ ପ୍ରଭାବିତ କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/japanese-encephalitis"
    },
    "rabies": {
        "def_en": "Rabies is a deadly viral disease spread by bites or scratches from infected animals like dogs.",
        "def_hi": "रेबीज एक घातक वायरल रोग है जो संक्रमित जानवरों जैसे कुत्तों के काटने या खरोंच से फैलता है।",
        "def_or": "ରେବିଜ୍ ଏକ ମାରାତ୍ମକ ଭାଇରାଲ୍ ରୋଗ, ଯାହା ସଂକ୍ରମିତ ପଶୁ (କୁକୁର) କାମୁଡ଼ିବା କିମ୍ବା ଖୋଜାରୁ ଛଡ଼ାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/rabies"
    },
    "influenza": {
        "def_en": "Influenza or flu is a viral infection causing fever, cough, sore throat, and body aches.",
        "def_hi": "इन्फ्लुएंजा या फ्लू एक वायरल संक्रमण है जिसमें बुखार, खांसी, गले में खराश और बदन दर्द होता है।",
        "def_or": "ଇନଫ୍ଲୁଏଞ୍ଜା କିମ୍ବା ଫ୍ଲୁ ଏକ ଭାଇରାଲ୍ ସଂକ୍ରମଣ ଯାହାରେ ଜ୍ୱର, କାଶ, ଗଳାବିଥା ଏବଂ ଶରୀରବିଥା ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)"
    },
    "covid19": {
        "def_en": "COVID-19 is a viral disease caused by coronavirus, leading to cough, fever, and breathing problems.",
        "def_hi": "कोविड-19 एक वायरल बीमारी है जो कोरोनावायरस से होती है। इसमें खांसी, बुखार और सांस लेने में परेशानी होती है।",
        "def_or": "କୋଭିଡ୍-19 ଏକ ଭାଇରାଲ୍ ରୋଗ, ଯାହା କୋରୋନାଭାଇରସ୍ ଦ୍ୱାରା ହୁଏ। ଏଥିରେ କାଶ, ଜ୍ୱର ଓ ଶ୍ୱାସକଷ୍ଟ ହୁଏ।",
        "reference": "https://www.who.int/emergencies/diseases/novel-coronavirus-2019"
    },
    "cholera": {
        "def_en": "Cholera is a severe diarrheal disease caused by contaminated water or food, leading to dehydration.",
        "def_hi": "हैजा दूषित पानी या भोजन से फैलने वाली गंभीर दस्त की बीमारी है, जिससे निर्जलीकरण हो सकता है।",
        "def_or": "ହେଜା ଦୂଷିତ ପାଣି କିମ୍ବା ଖାଦ୍ୟ ଦ୍ୱାରା ହେଉଥିବା ଗୁରୁତର ତରଳ ଝାଡ଼ା ରୋଗ, ଯାହାରୁ ନିର୍ଜଳୀକରଣ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/cholera"
    },
    "anemia": {
        "def_en": "Anemia means the blood has fewer healthy red cells, often due to lack of iron, causing weakness and fatigue.",
        "def_hi": "एनीमिया का मतलब है खून में स्वस्थ लाल कोशिकाएं कम होना, अक्सर आयरन की कमी से। इससे कमजोरी और थकान होती है।",
        "def_or": "ଅନିମିଆ ମାନେ ରକ୍ତରେ ସ୍ୱସ୍ଥ ଲାଲ କଣିକା କମ୍ ଥିବା, ପ୍ରାୟତଃ ଲୋହାର ଅଭାବରୁ। ଏଥିରୁ ଦୁର୍ବଳତା ଏବଂ କ୍ଲାନ୍ତି ହୁଏ।",
        "reference": "https://www.who.int/health-topics/anaemia"
    },
    "nutrition": {
        "def_en": "Nutrition means getting the right food for health, growth, and strength.",
        "def_hi": "पोषण का मतलब है स्वास्थ्य, विकास और ताकत के लिए सही भोजन प्राप्त करना।",
        "def_or": "ପୋଷଣ ମାନେ ସ୍ୱାସ୍ଥ୍ୟ, ବିକାଶ ଏବଂ ଶକ୍ତି ପାଇଁ ଠିକ୍ ଖାଦ୍ୟ ପାଇବା।",
        "reference": "https://www.unicef.org/nutrition"
    },
    "sanitation": {
        "def_en": "Sanitation means keeping surroundings clean with safe toilets and waste disposal to prevent disease.",
        "def_hi": "स्वच्छता का मतलब है बीमारी रोकने के लिए सुरक्षित शौचालय और कचरा निस्तारण के साथ साफ-सफाई रखना।",
        "def_or": "ସ୍ୱଚ୍ଛତା ମାନେ ରୋଗ ରୋକିବା ପାଇଁ ସୁରକ୍ଷିତ ଶୌଚାଳୟ ଏବଂ ତ୍ରାଶ ପରିଚାଳନା ସହିତ ପରିବେଶ ସଫା ରଖିବା।",
        "reference": "https://www.who.int/health-topics/sanitation"
    },
    "immunity": {
        "def_en": "Immunity is the body’s defense system that fights infections and keeps you healthy.",
        "def_hi": "प्रतिरक्षा शरीर की रक्षा प्रणाली है जो संक्रमणों से लड़ती है और आपको स्वस्थ रखती है।",
        "def_or": "ପ୍ରତିରୋଧକ୍ଷମତା ହେଉଛି ଶରୀରର ସୁରକ୍ଷା ପ୍ରଣାଳୀ, ଯାହା ସଂକ୍ରମଣ ସହିତ ଯୁଦ୍ଧ କରିଥାଏ ଏବଂ ସ୍ୱସ୍ଥ ରଖେ।",
        "reference": "https://www.cdc.gov/vaccines/hcp/conversations/understanding-immunity.html"
    },
    "antibiotic": {
        "def_en": "Antibiotics are medicines that kill or stop bacteria causing infection.",
        "def_hi": "एंटीबायोटिक्स ऐसी दवाएं हैं जो संक्रमण पैदा करने वाले बैक्टीरिया को मारती या रोकती हैं।",
        "def_or": "ଏଣ୍ଟିବାୟୋଟିକ୍ ଔଷଧଗୁଡ଼ିକ ହେଉଛି ବ୍ୟାକ୍ଟେରିଆକୁ ମାରିଥାଏ କିମ୍ବା ସଂକ୍ରମଣକୁ ରୋକିଥାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/antimicrobial-resistance"
    },
    "vitamina": {
        "def_en": "Vitamin A is a nutrient important for good vision, growth, and immunity.",
        "def_hi": "विटामिन ए एक पोषक तत्व है जो अच्छी दृष्टि, विकास और प्रतिरक्षा के लिए जरूरी है।",
        "def_or": "ଭିଟାମିନ୍ A ଏକ ପୋଷକ ଉପାଦାନ, ଯାହା ଭଲ ଦୃଷ୍ଟି, ବିକାଶ ଏବଂ ପ୍ରତିରୋଧକ୍ଷମତା ପାଇଁ ଦରକାର।",
        "reference": "https://www.who.int/data/nutrition/nlis/info/vitamin-a"
    },
    "iodine": {
        "def_en": "Iodine is a mineral needed for thyroid health. Lack of iodine causes goiter and brain problems in children.",
        "def_hi": "आयोडीन एक खनिज है जो थायरॉयड स्वास्थ्य के लिए जरूरी है। इसकी कमी से घेंघा और बच्चों में दिमागी समस्याएं हो सकती हैं।",
        "def_or": "ଆୟୋଡିନ୍ ଏକ ଖଣିଜ, ଯାହା ଥାଇରଏଡ୍ ସ୍ୱାସ୍ଥ୍ୟ ପାଇଁ ଆବଶ୍ୟକ। ଏହାର ଅଭାବରୁ ଘେଂଘା ଏବଂ ପିଲାମାନଙ୍କରେ ମଗଜ ସମସ୍ୟା ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/iodine"
    },
    "calcium": {
        "def_en": "Calcium is a mineral needed for strong bones and teeth, and important in pregnancy.",
        "def_hi": "कैल्शियम एक खनिज है जो मजबूत हड्डियों और दांतों के लिए जरूरी है और गर्भावस्था में महत्वपूर्ण है।",
        "def_or": "କ୍ୟାଲସିୟମ୍ ଏକ ଖଣିଜ, ଯାହା ମଜବୁତ ହାଡ଼ ଓ ଦାନ୍ତ ପାଇଁ ଆବଶ୍ୟକ ଏବଂ ଗର୍ଭାବସ୍ଥାରେ ଗୁରୁତ୍ୱପୂର୍ଣ୍ଣ।",
        "reference": "https://www.who.int/health-topics/micronutrients"
    },
    "vitamin_c": {
        "def_en": "Vitamin C is an essential nutrient that helps the body fight infections and heal wounds.",
        "def_hi": "विटामिन सी एक आवश्यक पोषक तत्व है जो शरीर को संक्रमण से लड़ने और घाव भरने में मदद करता है।",
        "def_or": "ଭିଟାମିନ୍ C ଏକ ଆବଶ୍ୟକ ପୋଷକ, ଯାହା ଶରୀରକୁ ସଂକ୍ରମଣ ସହିତ ଯୁଦ୍ଧ କରିବାକୁ ଏବଂ ଆଘାତ ସୁସ୍ଥ କରିବାକୁ ସାହାଯ୍ୟ କରେ।",
        "reference": "https://www.who.int/elena/titles/vitamin_c_pneumonia_children/en/"
    },
    "scabies": {
        "def_en": "Scabies is a skin condition caused by tiny mites, leading to intense itching and rash.",
        "def_hi": "खाज एक त्वचा की स्थिति है जो छोटे कीड़ों से होती है, जिससे तेज खुजली और दाने होते हैं।",
        "def_or": "ଖୁଜୁଳି ଏକ ଚର୍ମ ରୋଗ, ଯାହା କଣିକା ପୋକାରୁ ହୁଏ ଏବଂ ଏଥିରେ ଭୟଙ୍କର ଖୁଜୁଳି ଏବଂ ଦାଗ ହୁଏ।",
        "reference": "https://www.cdc.gov/parasites/scabies/index.html"
    },
    "ringworm": {
        "def_en": "Ringworm is a fungal skin infection that causes red, itchy, circular patches.",
        "def_hi": "दाद एक फंगल त्वचा संक्रमण है जिसमें लाल, खुजलीदार, गोल निशान होते हैं।",
        "def_or": "ଦାଦ ଏକ ଚର୍ମର ଫଙ୍ଗାଲ୍ ସଂକ୍ରମଣ ଯାହାରେ ଲାଲ୍, ଖୁଜୁଳିଦାର, ବଳୟାକାର ଚିହ୍ନ ହୁଏ।",
        "reference": "https://www.cdc.gov/fungal/diseases/ringworm/index.html"
    },
    "pneumonia": {
        "def_en": "Pneumonia is a lung infection causing cough, fever, and difficulty in breathing.",
        "def_hi": "निमोनिया फेफड़ों का संक्रमण है जिसमें खांसी, बुखार और सांस लेने में कठिनाई होती है।",
        "def_or": "ନିମୋନିଆ ହେଉଛି ଫୁସଫୁସର ସଂକ୍ରମଣ, ଯାହାରେ କାଶ, ଜ୍ୱର ଏବଂ ଶ୍ୱାସକଷ୍ଟ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/pneumonia"
    },
    "leprosy": {
        "def_en": "Leprosy is a chronic infectious disease that mainly affects the skin, nerves, and eyes.",
        "def_hi": "कुष्ठ रोग एक दीर्घकालिक संक्रामक रोग है जो मुख्य रूप से त्वचा, नसों और आंखों को प्रभावित करता है।",
        "def_or": "କୁଷ୍ଠ ରୋଗ ଏକ ଦୀର୍ଘକାଳୀନ ସଂକ୍ରାମକ ରୋଗ, ଯାହା ପ୍ରଧାନତଃ ଚର୍ମ, ସ୍ନାୟୁ ଏବଂ ଆଖିକୁ ପ୍ରଭାବିତ କରେ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/leprosy"
    },
    "hypertension": {
        "def_en": "Hypertension means high blood pressure, which increases the risk of heart disease and stroke.",
        "def_hi": "हाइपरटेंशन का मतलब है उच्च रक्तचाप, जो हृदय रोग और स्ट्रोक का खतरा बढ़ाता है।",
        "def_or": "ହାଇପରଟେନସନ୍ ମାନେ ଉଚ୍ଚ ରକ୍ତଚାପ, ଯାହା ହୃଦରୋଗ ଓ ଷ୍ଟ୍ରୋକର ଝୁମକି ବଢ଼ାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/hypertension"
    },
    "diabetes": {
        "def_en": "Diabetes is a condition where the body cannot properly use sugar for energy, leading to high blood sugar levels.",
        "def_hi": "मधुमेह एक स्थिति है जिसमें शरीर शक्कर का सही उपयोग नहीं कर पाता, जिससे रक्त शर्करा का स्तर बढ़ जाता है।",
        "def_or": "ମଧୁମେହ ଏକ ଅବସ୍ଥା ଯାହାରେ ଶରୀର ଠିକ୍ ଭାବରେ ଚିନିକୁ ଶକ୍ତି ପାଇଁ ବ୍ୟବହାର କରିପାରେ ନାହିଁ, ଯାହାରୁ ରକ୍ତରେ ଚିନି ବଢ଼ିଯାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/diabetes"
    },
    "obesity": {
        "def_en": "Obesity means having too much body fat, which increases the risk of many diseases.",
        "def_hi": "मोटापा का मतलब है शरीर में अत्यधिक चर्बी होना, जिससे कई बीमारियों का खतरा बढ़ता है।",
        "def_or": "ମୋଟାପା ମାନେ ଶରୀରରେ ଅଧିକ ଚର୍ବି ଥିବା, ଯାହାରୁ ଅନେକ ରୋଗର ଝୁମକି ବଢ଼ିଯାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/obesity-and-overweight"
    },
    "stroke": {
        "def_en": "Stroke happens when blood flow to the brain is blocked, causing sudden weakness or paralysis.",
        "def_hi": "स्ट्रोक तब होता है जब मस्तिष्क में खून का प्रवाह रुक जाता है, जिससे अचानक कमजोरी या लकवा हो सकता है।",
        "def_or": "ଷ୍ଟ୍ରୋକ୍ ହୁଏ ଯେତେବେଳେ ମସ୍ତିଷ୍କକୁ ରକ୍ତ ପ୍ରବାହ ବନ୍ଦ ହୋଇଯାଏ, ଯାହାରୁ ହଠାତ୍ ଦୁର୍ବଳତା କିମ୍ବା ଲକ୍ଷଣ ହୁଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death"
    },
    "cancer": {
        "def_en": "Cancer is a group of diseases where cells grow uncontrollably and spread in the body.",
        "def_hi": "कैंसर ऐसी बीमारियों का समूह है जिसमें कोशिकाएं अनियंत्रित रूप से बढ़ती हैं और शरीर में फैलती हैं।",
        "def_or": "କ୍ୟାନ୍ସର ଏକ ରୋଗ ଯେଉଁଥିରେ କୋଷଗୁଡ଼ିକ ଅନିୟନ୍ତ୍ରିତ ଭାବେ ବଢ଼େ ଏବଂ ଶରୀରରେ ଛଡ଼ାଏ।",
        "reference": "https://www.who.int/news-room/fact-sheets/detail/cancer"
    }
}