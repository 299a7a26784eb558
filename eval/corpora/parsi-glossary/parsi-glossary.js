var behList = [
    {
      "title": "باب",
      "description": "پدر (ن. ه.)",
      "related": "",
      "details": ""
    },
    {
      "title": "باب",
      "description": "در ؛ زمینه ؛ بخش [سعدی گلستان را چون بهشت بهَشت باب نوشته]",
      "related": "مِن باب مثال",
      "details": ""
    },
    {
      "title": "باب",
      "description": "در خور",
      "related": "",
      "details": ""
    },
    {
      "title": "باجناغ / باجناق",
      "description": "همریش",
      "related": "",
      "details": ""
    },
    {
      "title": "باده",
      "description": "آب انگور تازه در خمره ریخته و هنوز نجوشیده",
      "related": "",
      "details": ""
    },
    {
      "title": "باطل",
      "description": "نادرست ؛ تباه ؛ تباهی ؛ بیهوده",
      "related": "دور باطل",
      "details": "اباطیل"
    },
    {
      "title": "باطل آباطیل",
      "description": "تباه ترین تباهی ها",
      "related": "",
      "details": ""
    },
    {
      "title": "باطن",
      "description": "درون ؛ پنهان",
      "related": "باطن بین",
      "details": "بطن"
    },
    {
      "title": "باطن بین",
      "description": "ژرف نگر ؛ درون بین",
      "related": "",
      "details": ""
    },
    {
      "title": "بطن",
      "description": "درون",
      "related": "",
      "details": ""
    },
    {
      "title": "باطری",
      "description": "باتری",
      "related": "",
      "details": ""
    },
    {
      "title": "باطلاق",
      "description": "لجن زار",
      "related": "",
      "details": ""
    },
    {
      "title": "باعث",
      "description": "شوند",
      "related": "",
      "details": ""
    },
    {
      "title": "باقی",
      "description": "پایدار، پایا ، جاوید",
      "related": "",
      "details": ""
    },
    {
      "title": "باقی",
      "description": "بازمانده ؛ تتمه",
      "related": "",
      "details": ""
    },
    {
      "title": "باقی",
      "description": "زنده",
      "related": "باقیمانده",
      "details": "دنیای باقی"
    },
    {
      "title": "باقیمانده",
      "description": "مانده ؛ باز مانده",
      "related": "",
      "details": ""
    },
    {
      "title": "باکره",
      "description": "دختر دست نخورده یا زناشویی نکرده ؛ دوشیزه",
      "related": "",
      "details": ""
    },
    {
      "title": "بالاخره",
      "description": "سر انجام",
      "related": "",
      "details": ""
    },
    {
      "title": "بالغ",
      "description": "رسیده ؛ رسا ؛ کسیکه از خُردی در آمده و پای به نو جوانی گذاشته",
      "related": "بالغ بر",
      "details": ""
    },
    {
      "title": "بالغ بر",
      "description": "بیش از",
      "related": "",
      "details": ""
    },
    {
      "title": "بانی",
      "description": "بنیان گزار ؛ بر پا کننده",
      "related": "",
      "details": ""
    },
    {
      "title": "بحر",
      "description": "دریا",
      "related": "بحر تفکر",
      "details": ""
    },
    {
      "title": "بحر تفکر",
      "description": "دریا ی اندیشه",
      "related": "",
      "details": ""
    },
    {
      "title": "بحر",
      "description": "عروض شعر که ۱۹ بحر است :  رجزـ رمل ـ طویل ـ متقارب ـ مدید ـ  بسیط ـ وافرـ کامل ـ هزج ـ منسرح ـ مضارع ـ‌مقتضب ـ مجتث ـ سریع ـ جدید - قریب ـ  خفیف ـ مشاکل ـ متقارب ـ  متدارک",
      "related": "",
      "details": ""
    },
    {
      "title": "بحران",
      "description": "پریشانی ؛ آشفتگی ؛ تنش",
      "related": "",
      "details": ""
    },
    {
      "title": "بخالت",
      "description": "پستی ؛ هرزگی ؛ لچری ؛ چشم تنگی ؛ نظر تنگی",
      "related": "",
      "details": ""
    },
    {
      "title": "بَخ بَخ",
      "description": "بَه بَه",
      "related": "",
      "details": ""
    },
    {
      "title": "بخیل",
      "description": "لَچَر؛ فرو مایه ؛ هرزه ؛ پست ؛ چرکین ؛ چشم تنگ / تنگ چشم",
      "related": "",
      "details": ""
    },
    {
      "title": "بدفکر",
      "description": "بد سگال ؛ بد اندیش",
      "related": "",
      "details": ""
    },
    {
      "title": "بد عادت",
      "description": "بد خو؛ دژ خو",
      "related": "",
      "details": ""
    },
    {
      "title": "بد سرشت",
      "description": "بد خیم ؛ دژخیم",
      "related": "",
      "details": ""
    },
    {
      "title": "بد طینت",
      "description": "بد سرشت ؛ بد دل",
      "related": "",
      "details": ""
    },
    {
      "title": "بدن",
      "description": "تن",
      "related": "ابدان",
      "details": "بدنه"
    },
    {
      "title": "ابدان",
      "description": "بدن ها",
      "related": "",
      "details": ""
    },
    {
      "title": "بدنه",
      "description": "تنه",
      "related": "",
      "details": ""
    },
    {
      "title": "بدایت",
      "description": "آغاز",
      "related": "بَدو",
      "details": "بدوی"
    },
    {
      "title": "بَدو",
      "description": "آغاز",
      "related": "",
      "details": ""
    },
    {
      "title": "بدوی",
      "description": "آغازین",
      "related": "",
      "details": ""
    },
    {
      "title": "بذله گو",
      "description": "شوخ ؛ شیرین سخن ؛  طنز پرداز",
      "related": "بذله گویی",
      "details": ""
    },
    {
      "title": "بذله گویی",
      "description": "شوخگویی ؛ خوشمزگی",
      "related": "",
      "details": ""
    },
    {
      "title": "بَراز",
      "description": "از برازیدن",
      "related": "",
      "details": ""
    },
    {
      "title": "براعت",
      "description": "دیدن ماه نو",
      "related": "",
      "details": ""
    },
    {
      "title": "براعت استهلال",
      "description": "گونه ای فشرده گفته یا سروده که در آغاز سخن بکار میرفته و شنونده را از آنچه خواهد آمد ؛ آگاه میکرده است.",
      "related": "",
      "details": ""
    },
    {
      "title": "بَرُاق",
      "description": "درخشان",
      "related": "",
      "details": ""
    },
    {
      "title": "بر خوردن",
      "description": "۱ ـ رنجیدن    ۲ ـ روبرو شدن",
      "related": "",
      "details": ""
    },
    {
      "title": "بر دمیدن",
      "description": "۱ ـ از کوره در رفتن ؛ ۲ ـ در آمدن خورشید در بامداد",
      "related": "",
      "details": ""
    },
    {
      "title": "برق",
      "description": "آذرخش ؛ درخشش ؛ برق آسمانی",
      "related": "رعد و برق",
      "details": ""
    },
    {
      "title": "رعد و برق",
      "description": "غرش و درخشش",
      "related": "",
      "details": ""
    },
    {
      "title": "بر قرار",
      "description": "پایدار ؛ استوار ؛ پا بر جا",
      "related": "",
      "details": ""
    },
    {
      "title": "برهان",
      "description": "آوند (پهلوی) ؛ دست آویز",
      "related": "",
      "details": ""
    },
    {
      "title": "برید",
      "description": "چاپار ؛ پُست",
      "related": "",
      "details": ""
    },
    {
      "title": "بزهکار",
      "description": "نا دُرست ؛ نه راست",
      "related": "",
      "details": ""
    },
    {
      "title": "بسنده خویی",
      "description": "(آ.د.) خوشنودی",
      "related": "",
      "details": ""
    },
    {
      "title": "بشارت",
      "description": "مژده ؛",
      "related": "",
      "details": ""
    },
    {
      "title": "بَشّاش",
      "description": "شادان ؛ خندان",
      "related": "",
      "details": ""
    },
    {
      "title": "بصیر",
      "description": "بینا ؛ آگاه ؛ خبره // بصیری",
      "related": "بینایی",
      "details": ""
    },
    {
      "title": "بعث",
      "description": "رستاخیز",
      "related": "بعثت",
      "details": "مبعوث"
    },
    {
      "title": "بعثت",
      "description": "رساندن ؛ برگزیده شدن",
      "related": "",
      "details": ""
    },
    {
      "title": "بعثت حضرت محمد",
      "description": "برگزیده شدن ایشان به پیامبری",
      "related": "",
      "details": ""
    },
    {
      "title": "بَعد",
      "description": "سپس ؛ پس",
      "related": "بَعد تر",
      "details": "بعید"
    },
    {
      "title": "بَعد تر",
      "description": "پسانتر ؛ پساتر",
      "related": "",
      "details": ""
    },
    {
      "title": "بعید",
      "description": "بسیار دور",
      "related": "",
      "details": ""
    },
    {
      "title": "بُعد",
      "description": "دوری ؛ اندازه بین دو چیز",
      "related": "ابعاد",
      "details": "بُعد مسافت"
    },
    {
      "title": "بُعد مسافت",
      "description": "دوری راه",
      "related": "",
      "details": ""
    },
    {
      "title": "بعضی",
      "description": "برخی ؛ پاره یی",
      "related": "",
      "details": ""
    },
    {
      "title": "بغرنج",
      "description": "پیچیده",
      "related": "",
      "details": ""
    },
    {
      "title": "بغل (پهل)",
      "description": "آغوش ؛ کنار ؛ سمت ؛ طرف ؛ سو",
      "related": "بغلی",
      "details": "بغل کردن"
    },
    {
      "title": "بغلی",
      "description": "کناری",
      "related": "",
      "details": ""
    },
    {
      "title": "بغل کردن",
      "description": "در آغوش گرفتن",
      "related": "",
      "details": ""
    },
    {
      "title": "بقیّه",
      "description": "دیگر ؛ دیگران",
      "related": "",
      "details": ""
    },
    {
      "title": "بقیّه",
      "description": "آنچه بجا مانده ه ؛",
      "related": "ما بقی",
      "details": "بقا"
    },
    {
      "title": "بقا",
      "description": "آنچه بجای مانده است",
      "related": "",
      "details": ""
    },
    {
      "title": "بکر",
      "description": "دست نخورده ؛ انجام کاری نو و تازه",
      "related": "باکره",
      "details": "بکارت"
    },
    {
      "title": "باکره",
      "description": "دوشیزه",
      "related": "",
      "details": ""
    },
    {
      "title": "بکارت",
      "description": "دوشیزگی",
      "related": "",
      "details": ""
    },
    {
      "title": "بالغ بر",
      "description": "بیش از",
      "related": "",
      "details": ""
    },
    {
      "title": "بگمار",
      "description": "میگساری ؛ میهمانی ؛ می خواری",
      "related": "",
      "details": ""
    },
    {
      "title": "بلاغت",
      "description": "شیوا سخنی ؛ سخنور ؛ گفتار رسا و گویا",
      "related": "",
      "details": ""
    },
    {
      "title": "بلافاصله",
      "description": "بی درنگ",
      "related": "",
      "details": ""
    },
    {
      "title": "بَلَد",
      "description": "شهر؛",
      "related": "بُلدان",
      "details": "بَلَد"
    },
    {
      "title": "بُلدان",
      "description": "شهرها",
      "related": "",
      "details": ""
    },
    {
      "title": "بَلَد",
      "description": "راه نما  راهنما",
      "related": "",
      "details": ""
    },
    {
      "title": "بلدیه",
      "description": "شهرداری",
      "related": "",
      "details": ""
    },
    {
      "title": "بَلَد بودن",
      "description": "دانستن ؛ شناختن ؛ شناسایی",
      "related": "نفی بلد",
      "details": ""
    },
    {
      "title": "بلدیت",
      "description": "آشنا یی یا شناسایی با شهری که مسافر تازه وارد میخواهد با آن آشنا شود [ سفر نامه  ناصر خسرو]",
      "related": "",
      "details": ""
    },
    {
      "title": "بلوغ",
      "description": "از خُردی در آمدن و به نو جوانی رسیدن ؛ بزرگ شدن",
      "related": "بلیغ",
      "details": "بلاغت"
    },
    {
      "title": "بلیغ",
      "description": "شیوا ؛ رسا، ؛ گشاده سخن",
      "related": "",
      "details": ""
    },
    {
      "title": "بلاغت",
      "description": "رسایی سخن",
      "related": "",
      "details": ""
    },
    {
      "title": "بالغ",
      "description": "بزرگ",
      "related": "",
      "details": ""
    },
    {
      "title": "بمجردِ",
      "description": "در همان آن",
      "related": "",
      "details": ""
    },
    {
      "title": "بن ؛ ابن",
      "description": "پسر [سام بن ایرج]",
      "related": "بنت",
      "details": ""
    },
    {
      "title": "بنت",
      "description": "دختر] [شریفه بنت ابراهیم ]",
      "related": "",
      "details": ""
    },
    {
      "title": "بند واژه",
      "description": "هر یک از حرف های الفبا (ا، ک)",
      "related": "",
      "details": ""
    },
    {
      "title": "بُندهش",
      "description": "آغاز آفرینش",
      "related": "",
      "details": ""
    },
    {
      "title": "بنیاد",
      "description": "پایه گذاری //  نو بنیاد",
      "related": "",
      "details": ""
    },
    {
      "title": "بنیان",
      "description": "بنا کردن ؛ بنا نهادن ؛ پایه  ؛ پی نهادن ؛ شالوده",
      "related": "",
      "details": ""
    },
    {
      "title": "بُنیه",
      "description": "توانایی ؛ نیرو؛",
      "related": "",
      "details": ""
    },
    {
      "title": "بودجه",
      "description": "برنامه ریزی برای برآوردِ درآمد ها وهزینه ها",
      "related": "",
      "details": ""
    },
    {
      "title": "بورُکراسی (فرا)",
      "description": "دیوانسالاری",
      "related": "",
      "details": ""
    },
    {
      "title": "بهاء",
      "description": "ارزش // کم بهاء",
      "related": "کم ارزش",
      "details": ""
    },
    {
      "title": "بهره",
      "description": "سود ؛ میوه ؛ بر    [بهره واژه ای است پهلوی]",
      "related": "بهره  بهره",
      "details": "بهرمند"
    },
    {
      "title": "بهره  بهره",
      "description": "بخش ؛ بخش",
      "related": "",
      "details": ""
    },
    {
      "title": "بهرمند",
      "description": "سود مند",
      "related": "",
      "details": ""
    },
    {
      "title": "بوجود آوردن",
      "description": "بود بخشی",
      "related": "",
      "details": ""
    },
    {
      "title": "بهانه",
      "description": "دست آویز",
      "related": "",
      "details": ""
    },
    {
      "title": "بهشت",
      "description": "پردیس",
      "related": "",
      "details": ""
    },
    {
      "title": "بهمن",
      "description": "۱  نیک اندیش ؛ ۲ ریزش انبوه شده و زیاد برف در نشیب و سرازیری کوه",
      "related": "",
      "details": ""
    },
    {
      "title": "بیات",
      "description": "شب مانده",
      "related": "",
      "details": ""
    },
    {
      "title": "بیان",
      "description": "زبان آوری ؛ آشکار کردن",
      "related": "بیان",
      "details": "بیان کردن"
    },
    {
      "title": "بیان کردن",
      "description": "باز نمودن (اک) ؛  گفتن  ؛ بر شمردن",
      "related": "",
      "details": ""
    },
    {
      "title": "بیانیّه",
      "description": "آگاهی نامه",
      "related": "",
      "details": ""
    },
    {
      "title": "مُبین",
      "description": "نشان دهنده",
      "related": "",
      "details": ""
    },
    {
      "title": "تبین",
      "description": "آشکار کردن ؛ هویدا شدن",
      "related": "",
      "details": ""
    },
    {
      "title": "تباین",
      "description": "جدا شدن از یکدیگر",
      "related": "",
      "details": ""
    },
    {
      "title": "بی احتیاط",
      "description": "بی پروا",
      "related": "",
      "details": ""
    },
    {
      "title": "بی انتها",
      "description": "بی پایان",
      "related": "",
      "details": ""
    },
    {
      "title": "بیت",
      "description": "خانه",
      "related": "بیت الخلا",
      "details": "بیت المال"
    },
    {
      "title": "بیت الخلا",
      "description": "مستراح",
      "related": "آبریز گاه ؛ دستشویی",
      "details": ""
    },
    {
      "title": "بیت المال",
      "description": "گنج خانه همگانی",
      "related": "",
      "details": ""
    },
    {
      "title": "بی حجاب",
      "description": "روباز ؛ بی پرده",
      "related": "",
      "details": ""
    },
    {
      "title": "بی ثمر",
      "description": "بدون میوه و بی بر و بار",
      "related": "",
      "details": ""
    },
    {
      "title": "بی شکل",
      "description": "بی ریخت ؛ بدون ریخت",
      "related": "",
      "details": ""
    },
    {
      "title": "بیضه",
      "description": "خایه (تخم ؛ تخم مرغ [رستم هنگام برگزیدن رخش آنرا سیاه خایه مینامد]",
      "related": "خایه دار",
      "details": ""
    },
    {
      "title": "خایه دار",
      "description": "پُر دل و دلیر",
      "related": "",
      "details": ""
    },
    {
      "title": "بیعت",
      "description": "سازش",
      "related": "",
      "details": ""
    },
    {
      "title": "بیقرار",
      "description": "ناشکیبا",
      "related": "بیقراری",
      "details": ""
    },
    {
      "title": "بیقراری",
      "description": "ناشکیبایی",
      "related": "",
      "details": ""
    },
    {
      "title": "بی قید",
      "description": "بی بند و بار",
      "related": "",
      "details": ""
    },
    {
      "title": "بینال",
      "description": "(فرانگل) دوسالانه",
      "related": "",
      "details": ""
    },
    {
      "title": "بین",
      "description": "میان",
      "related": "بین المللی",
      "details": "بین النهرین"
    },
    {
      "title": "بین المللی",
      "description": "جهانی",
      "related": "",
      "details": ""
    },
    {
      "title": "بین النهرین",
      "description": "میان دو رود",
      "related": "دجله و فرات",
      "details": ""
    },
    {
      "title": "بین الهِلالین",
      "description": "در میان دو کمان",
      "related": "",
      "details": ""
    },
    {
      "title": "بی خبر آمدن",
      "description": "سر زده آمدن",
      "related": "",
      "details": ""
    },
    {
      "title": "بی نصیب",
      "description": "بی چیز",
      "related": "",
      "details": ""
    },
    {
      "title": "بی نظم",
      "description": "بی سامان",
      "related": "",
      "details": ""
    },
    {
      "title": "بی نظیر",
      "description": "بی مانند ؛ بی همتا",
      "related": "",
      "details": ""
    },
    {
      "title": "بیوگرافی (فرا) ؛ بایوگرافی (انگل)",
      "description": "زندگینامه",
      "related": "",
      "details": ""
    },
    {
      "title": "بیولوژی (فرا) // بایولوژی (انگل)",
      "description": "زیست شناسی",
      "related": "",
      "details": ""
    },
    {
      "title": "بیم",
      "description": "ترس از گمان و  یا از گزند زیاد در آینده",
      "related": "",
      "details": ""
    }
  ]
