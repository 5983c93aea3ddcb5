"""Demo course HPA: Hukum Perlindungan Perempuan dan Anak.

Teaching text in Bahasa Indonesia. Legal references are limited to facts in
/work/shared/DOMAIN.md and the constitutional articles named in CURRICULUM.md;
where an article number is not given there, the statute is named without one.
Case studies are fictional. Paraphrased provisions say so in their note.
"""

PARAFRASE = "Parafrase; baca teks resmi undang-undang."
DIVERSI = (" Pengecualian untuk pelaku anak hanya melalui diversi oleh penyidik, penuntut umum atau hakim "
           "menurut UU No. 11 Tahun 2012, tidak pernah oleh paralegal atau desa.")
SAPA = "SAPA 129 (telepon 129 atau WhatsApp 08111-129-129)"

COURSE = {
    "code": "HPA",
    "slug": "hukum-perlindungan-perempuan-anak",
    "title": "Hukum Perlindungan Perempuan dan Anak",
    "title_en": "Protection law for women and children",
    "topic": "protection_law",
    "jp_hours": 16,
    "audience": (
        "Paralegal, Satgas PPA, Relawan SAPA, kader dan perangkat desa/kelurahan yang mendampingi "
        "perempuan dan anak korban kekerasan, tanpa perlu latar belakang hukum."
    ),
    "summary": (
        "Empat undang-undang yang paling sering dipakai dalam kasus perempuan dan anak: TPKS, PKDRT, "
        "Perlindungan Anak dan Sistem Peradilan Pidana Anak."
    ),
    "intro": """
<p>Dalam pendampingan sehari-hari, ada empat undang-undang yang hampir selalu muncul:
<b>UU No. 12 Tahun 2022</b> tentang Tindak Pidana Kekerasan Seksual (TPKS), <b>UU No. 23 Tahun
2004</b> tentang Penghapusan Kekerasan dalam Rumah Tangga (PKDRT), <b>UU No. 35 Tahun 2014</b>
tentang Perlindungan Anak, dan <b>UU No. 11 Tahun 2012</b> tentang Sistem Peradilan Pidana Anak
(SPPA).</p>
<p>Pelatihan ini tidak meminta Anda menghafal pasal. Tujuannya agar Anda bisa mengenali jenis kasus,
tahu hak korban, dan tahu ke mana merujuk. Modul terakhir berupa ujian studi kasus: mencocokkan
fakta dengan undang-undang dan hak yang tepat.</p>
<p>Peserta yang lulus menerima <b>sertifikat pelatihan</b> dari DP3A penyelenggara. Sertifikat ini
bukan izin paralegal.</p>
<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>
""",
    "outcomes": [
        "Peserta mampu mengenali bentuk-bentuk kekerasan seksual dalam UU No. 12 Tahun 2022 dan menjelaskan hak korban serta syarat pendamping.",
        "Peserta mampu menjelaskan dengan tegas bahwa perkara kekerasan seksual tidak boleh diselesaikan di luar pengadilan; pengecualian pelaku anak hanya melalui diversi resmi menurut UU SPPA.",
        "Peserta mampu menjelaskan kapan korban dewasa sendiri yang memutuskan untuk mengadu (delik aduan, UU No. 12 Tahun 2022 Pasal 7).",
        "Peserta mampu mengenali bentuk KDRT dan hak korban KDRT, termasuk perlindungan sementara dan perintah perlindungan.",
        "Peserta mampu menerapkan prinsip kepentingan terbaik bagi anak dan perlindungan identitas anak.",
        "Peserta mampu menjelaskan diversi dan kerahasiaan identitas anak dalam sistem peradilan pidana anak.",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "uu-tpks",
            "title": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
            "jp": 5,
            "minutes": 40,
            "competency": (
                "Mengenali bentuk kekerasan seksual, menjelaskan hak korban atas penanganan, pelindungan dan "
                "pemulihan, syarat pendamping, serta larangan penyelesaian di luar pengadilan."
            ),
            "summary": "Bentuk kekerasan seksual, hak korban, pendamping, dan mengapa kasus ini tidak boleh \"didamaikan\".",
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini membahas kekerasan seksual, termasuk terhadap anak. Jika materi ini mengingatkan "
                        "Anda pada pengalaman pribadi, berhentilah sejenak. Anda juga dapat menghubungi " + SAPA + "."
                    ),
                }),
                ("rich_text", """
<p>Sebelum 2022, banyak korban kekerasan seksual kesulitan mendapat keadilan: perbuatannya tidak
diatur jelas, korban diminta membuktikan sendiri, dan kasus sering "diselesaikan secara adat" dengan
uang atau bahkan menikahkan korban dengan pelaku. <b>UU No. 12 Tahun 2022</b> tentang Tindak Pidana
Kekerasan Seksual (UU TPKS) lahir untuk mengubah keadaan itu, dengan menempatkan korban di pusat
penanganan.</p>
<h3>Sembilan bentuk kekerasan seksual</h3>
<p>Pasal 4 ayat (1) UU TPKS menyebut sembilan tindak pidana kekerasan seksual:</p>
<ol>
<li>pelecehan seksual nonfisik, misalnya komentar, siulan atau pesan bernuansa seksual yang merendahkan;</li>
<li>pelecehan seksual fisik, misalnya meraba atau menyentuh bagian tubuh tanpa persetujuan;</li>
<li>pemaksaan kontrasepsi;</li>
<li>pemaksaan sterilisasi;</li>
<li>pemaksaan perkawinan, termasuk memaksa korban menikah dengan pelaku;</li>
<li>penyiksaan seksual;</li>
<li>eksploitasi seksual;</li>
<li>perbudakan seksual;</li>
<li>kekerasan seksual berbasis elektronik, misalnya merekam, menyebarkan atau mengancam menyebarkan
foto atau video bermuatan seksual tanpa persetujuan.</li>
</ol>
<p>UU TPKS juga menggolongkan sejumlah tindak pidana lain sebagai kekerasan seksual, seperti
perkosaan dan perbuatan cabul, termasuk terhadap anak. Yang penting bagi paralegal: <b>kenali
perbuatannya</b>, catat faktanya, dan biarkan penyidik menentukan pasal yang tepat.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 4 ayat (1)",
                    "text": (
                        "Tindak pidana kekerasan seksual terdiri atas: pelecehan seksual nonfisik, pelecehan seksual "
                        "fisik, pemaksaan kontrasepsi, pemaksaan sterilisasi, pemaksaan perkawinan, penyiksaan "
                        "seksual, eksploitasi seksual, perbudakan seksual, dan kekerasan seksual berbasis elektronik."
                    ),
                    "note": PARAFRASE,
                }),
                ("rich_text", """
<h3>Delik aduan: korban dewasa yang memutuskan</h3>
<p>Sebagian besar tindak pidana kekerasan seksual adalah <b>delik biasa</b>: perkaranya dapat diproses
berdasarkan laporan siapa pun yang mengetahuinya. Ada pengecualian. Menurut Pasal 7 UU TPKS, pelecehan
seksual nonfisik (Pasal 5) dan pelecehan seksual fisik sebagaimana Pasal 6 huruf a adalah <b>delik
aduan</b>. Kekerasan seksual berbasis elektronik juga delik aduan (Pasal 14). Perkara seperti ini baru
diproses bila korban sendiri mengadu.</p>
<p>Pengecualian itu hanya berlaku bila korbannya <b>orang dewasa tanpa disabilitas</b>. Bila korbannya
anak atau penyandang disabilitas, perkaranya diproses tanpa pengaduan.</p>
<p>Bagi pendamping, artinya: <b>korban dewasa yang memutuskan</b> apakah ia mengadu. Jelaskan pilihan dan
akibatnya dengan jujur, lalu hormati keputusannya. Jangan mendesaknya mengadu, dan jangan biarkan keluarga,
atasan atau tokoh masyarakat mendesaknya berdamai atau membungkamnya dengan uang. Bila ia mengadu,
perkaranya tetap tidak dapat diselesaikan di luar proses peradilan (Pasal 23).</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 7",
                    "text": (
                        "Pelecehan seksual nonfisik sebagaimana dimaksud dalam Pasal 5 dan pelecehan seksual fisik "
                        "sebagaimana dimaksud dalam Pasal 6 huruf a merupakan tindak pidana aduan. Ketentuan ini tidak "
                        "berlaku bagi korban penyandang disabilitas atau anak."
                    ),
                    "note": PARAFRASE + " Kekerasan seksual berbasis elektronik juga delik aduan, kecuali korbannya "
                            "anak atau penyandang disabilitas (Pasal 14).",
                }),
                ("rich_text", """
<h3>Tidak ada "damai" untuk kekerasan seksual</h3>
<p>Di banyak tempat, aparat desa atau tokoh masyarakat masih berpesan "selesaikan di tingkat desa
dulu". Untuk kekerasan seksual, pesan itu <b>bertentangan dengan undang-undang</b>. Pasal 23 UU TPKS
menyatakan perkara kekerasan seksual tidak dapat diselesaikan di luar proses peradilan. Satu-satunya
pengecualian adalah bila <b>pelakunya anak</b>; itu pun hanya melalui diversi yang dijalankan penyidik,
penuntut umum atau hakim menurut UU SPPA (lihat Modul 4), tidak pernah melalui paralegal, kepala desa
atau kesepakatan desa.</p>
<p>Artinya: uang damai, permintaan maaf di balai desa, atau menikahkan korban dengan pelaku
<b>tidak menghentikan perkara</b>. Paralegal tidak boleh menjadi penengah perdamaian dalam kasus ini.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar proses peradilan, "
                        "kecuali terhadap pelaku anak sebagaimana diatur dalam undang-undang."
                    ),
                    "note": PARAFRASE + DIVERSI,
                }),
                ("rich_text", """
<h3>Hak korban: penanganan, pelindungan, pemulihan</h3>
<p>Pasal 67 sampai Pasal 70 UU TPKS mengatur tiga kelompok hak korban:</p>
<ul>
<li><b>Hak atas penanganan</b>: mendapat informasi tentang proses dan perkembangan kasusnya,
layanan hukum, layanan kesehatan, serta pendampingan.</li>
<li><b>Hak atas pelindungan</b>: rasa aman, pelindungan dari ancaman dan dari perlakuan yang
merendahkan, serta kerahasiaan identitas.</li>
<li><b>Hak atas pemulihan</b>: pemulihan fisik, psikologis, sosial dan ekonomi, sebelum, selama dan
setelah proses peradilan.</li>
</ul>
<p>Hak-hak ini bukan hadiah. Bila korban belum mendapatkannya, paralegal boleh dan perlu menanyakannya
kepada UPTD PPA atau penyidik.</p>
<h3>Pendamping korban</h3>
<p>Pasal 26 UU TPKS mengatur pendamping. Pendamping harus memiliki kompetensi menangani korban
dengan perspektif hak asasi manusia dan sensitivitas gender, serta <b>telah mengikuti pelatihan
penanganan perkara TPKS</b>. Pendamping yang berjenis kelamin sama dengan korban diutamakan. Pasal 81
mewajibkan pemerintah menyelenggarakan pelatihan bagi petugas layanan. Pelatihan ini adalah bagian
dari upaya tersebut, tetapi tanyakan kepada DP3A Anda apakah pelatihan ini sudah diakui sebagai
pelatihan penanganan perkara TPKS.</p>
"""),
                ("glossary", {
                    "term": "Pendamping",
                    "definition": (
                        "Orang yang mendampingi korban selama penanganan kasus. Menurut UU No. 12 Tahun 2022 Pasal 26, "
                        "pendamping harus berkompetensi, berperspektif HAM dan gender, sudah mengikuti pelatihan "
                        "penanganan perkara TPKS, dan diutamakan berjenis kelamin sama dengan korban."
                    ),
                }),
                ("case_study", {
                    "title": "Nn. A dan atasannya",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Nn. A, 22 tahun, tidak menyandang disabilitas, bekerja di sebuah usaha di kota kabupaten di Kalimantan Selatan. Atasannya sering
mengirim pesan bernada seksual dan pernah memegang pinggangnya di gudang. Setelah Nn. A menolak, jam
kerjanya dipotong. Pemilik usaha menawarkan uang "tanda maaf" asalkan Nn. A tidak melapor.</p>
""",
                    "questions": [
                        "Bentuk kekerasan seksual apa saja dalam Pasal 4 ayat (1) yang tampak dalam kasus ini?",
                        "Nn. A orang dewasa tanpa disabilitas. Siapa yang memutuskan apakah perkara ini diadukan (Pasal 7)?",
                        "Bagaimana Anda menanggapi uang tanda maaf yang ditawarkan agar Nn. A diam? Apa kata Pasal 23 bila ia mengadu?",
                        "Hak apa saja yang dimiliki Nn. A berdasarkan Pasal 67-70?",
                        "Siapa pendamping yang sebaiknya mendampingi Nn. A?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Pasal 4 ayat (1) UU TPKS menyebut sembilan bentuk kekerasan seksual, termasuk yang berbasis elektronik.",
                        "Pelecehan seksual nonfisik, pelecehan fisik Pasal 6 huruf a dan kekerasan seksual berbasis elektronik terhadap korban dewasa tanpa disabilitas adalah delik aduan: korban yang memutuskan (Pasal 7, Pasal 14).",
                        "Kekerasan seksual tidak boleh diselesaikan di luar pengadilan; pengecualian pelaku anak hanya melalui diversi resmi (Pasal 23).",
                        "Korban berhak atas penanganan, pelindungan dan pemulihan (Pasal 67-70).",
                        "Pendamping harus berkompetensi dan terlatih; sesama jenis kelamin dengan korban diutamakan (Pasal 26).",
                        "Pemerintah wajib melatih petugas layanan (Pasal 81).",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "uu-pkdrt-perintah-perlindungan",
            "title": "UU No. 23 Tahun 2004 tentang PKDRT dan Perintah Perlindungan",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Mengenali empat bentuk KDRT, menjelaskan hak korban dalam Pasal 10, dan membantu korban "
                "memahami perlindungan sementara, perintah perlindungan dan rencana keselamatan."
            ),
            "summary": "Empat bentuk KDRT, hak korban, dan cara negara melindungi korban di rumahnya sendiri.",
            "body": [
                ("content_warning", {
                    "message": "Modul ini membahas kekerasan dalam rumah tangga, termasuk kekerasan seksual dalam perkawinan.",
                }),
                ("rich_text", """
<p>Masih sering terdengar: "Itu urusan rumah tangga orang, jangan ikut campur." <b>UU No. 23 Tahun
2004</b> tentang Penghapusan Kekerasan dalam Rumah Tangga (UU PKDRT) menegaskan sebaliknya: kekerasan
di dalam rumah adalah urusan hukum, dan negara wajib melindungi korbannya.</p>
<h3>Siapa yang dilindungi</h3>
<p>Lingkup rumah tangga dalam UU PKDRT tidak hanya suami dan istri. Anak, anggota keluarga lain yang
tinggal serumah, dan orang yang bekerja membantu rumah tangga serta menetap di rumah itu juga termasuk.
Jadi, pekerja rumah tangga yang dipukul majikannya juga dilindungi.</p>
<h3>Empat bentuk KDRT</h3>
<ul>
<li><b>Kekerasan fisik</b>: perbuatan yang menimbulkan rasa sakit, jatuh sakit atau luka, misalnya
memukul, menendang, mendorong.</li>
<li><b>Kekerasan psikis</b>: perbuatan yang menimbulkan ketakutan, hilangnya rasa percaya diri,
rasa tidak berdaya, misalnya menghina terus-menerus, mengancam, mengurung.</li>
<li><b>Kekerasan seksual</b>: pemaksaan hubungan seksual, termasuk oleh suami, serta pemaksaan
hubungan seksual dengan orang lain.</li>
<li><b>Penelantaran rumah tangga</b>: tidak memberi nafkah atau perawatan kepada orang yang menjadi
tanggungannya, atau membatasi korban bekerja sehingga ia bergantung secara ekonomi.</li>
</ul>
<p>Satu kasus bisa berisi lebih dari satu bentuk. Catat semuanya dalam kronologi.</p>
"""),
                ("glossary", {
                    "term": "Penelantaran rumah tangga",
                    "definition": (
                        "Bentuk KDRT berupa tidak memberi kehidupan, perawatan atau pemeliharaan kepada orang dalam "
                        "lingkup rumah tangga yang menjadi tanggungannya, termasuk membatasi korban bekerja sehingga "
                        "ia bergantung secara ekonomi."
                    ),
                }),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 10",
                    "text": (
                        "Korban berhak mendapatkan: (a) perlindungan dari keluarga, kepolisian, kejaksaan, pengadilan, "
                        "advokat, lembaga sosial atau pihak lain, baik sementara maupun berdasarkan penetapan perintah "
                        "perlindungan dari pengadilan; (b) pelayanan kesehatan sesuai kebutuhan medis; (c) penanganan "
                        "khusus berkaitan dengan kerahasiaan korban; (d) pendampingan oleh pekerja sosial dan bantuan "
                        "hukum pada setiap tingkat pemeriksaan; dan (e) pelayanan bimbingan rohani."
                    ),
                    "note": PARAFRASE,
                }),
                ("rich_text", """
<h3>Perlindungan sementara dan perintah perlindungan</h3>
<p>UU PKDRT mengenal dua lapis perlindungan. Pertama, <b>perlindungan sementara</b> yang <b>wajib</b>
diberikan kepolisian dalam waktu 1 x 24 jam sejak mengetahui atau menerima laporan KDRT, paling lama
7 hari (Pasal 16). Kedua, <b>perintah perlindungan</b>
yang ditetapkan oleh pengadilan, misalnya membatasi pelaku mendekati korban. Tata caranya diatur rinci
dalam undang-undang; bila korban membutuhkannya, rujuk kepada advokat melalui Pemberi Bantuan Hukum
atau tanyakan kepada unit PPA kepolisian dan UPTD PPA.</p>
<h3>Rencana keselamatan</h3>
<p>Sementara proses hukum berjalan, korban tetap tinggal di dunia nyata, sering serumah dengan pelaku.
Bantu korban menyusun rencana keselamatan sederhana:</p>
<ul>
<li>tanda bahaya yang biasanya muncul sebelum kekerasan;</li>
<li>tempat aman terdekat dan orang yang bisa dihubungi, termasuk 112 dan {sapa};</li>
<li>dokumen penting (KTP, KK, akta anak, buku nikah) yang disimpan atau difoto di tempat aman;</li>
<li>kata sandi dengan tetangga atau keluarga untuk meminta bantuan.</li>
</ul>
<h3>Delik biasa dan delik aduan dalam UU PKDRT</h3>
<p><b>Kekerasan fisik</b> (Pasal 44 ayat (1)) dan <b>penelantaran rumah tangga</b> (Pasal 49) adalah
<b>delik biasa</b>: polisi memprosesnya berdasarkan laporan siapa pun, dan kesepakatan damai di desa tidak
menghentikan perkaranya. Yang merupakan delik aduan (Pasal 51 sampai 53) hanya: kekerasan fisik antara
suami dan istri yang tidak menimbulkan penyakit atau halangan untuk bekerja atau beraktivitas sehari-hari
(Pasal 44 ayat (4)), kekerasan psikis serupa antara suami dan istri (Pasal 45 ayat (2)), dan kekerasan
seksual antara suami dan istri (Pasal 46).</p>
<h3>KDRT dan mediasi</h3>
<p>Pertengkaran rumah tangga biasa boleh dibantu dengan musyawarah. Tetapi KDRT tidak boleh "didamaikan"
untuk menghentikan perkara atau dengan mengorbankan keselamatan korban. Khusus <b>kekerasan seksual</b>,
termasuk yang terjadi dalam rumah tangga, berlaku UU No. 12 Tahun 2022 Pasal 23: tidak boleh diselesaikan
di luar pengadilan; pengecualian pelaku anak hanya melalui diversi resmi. Mediasi tidak pernah menghapus
hak korban untuk melapor.</p>
""".replace("{sapa}", SAPA)),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 16",
                    "text": (
                        "Dalam waktu 1 x 24 jam sejak mengetahui atau menerima laporan kekerasan dalam rumah tangga, "
                        "kepolisian wajib segera memberikan perlindungan sementara kepada korban. Perlindungan "
                        "sementara diberikan paling lama 7 hari sejak korban diterima atau ditangani."
                    ),
                    "note": PARAFRASE,
                }),
                ("glossary", {
                    "term": "Perintah perlindungan",
                    "definition": (
                        "Penetapan pengadilan untuk melindungi korban KDRT, misalnya membatasi pelaku mendekati korban. "
                        "Berbeda dengan perlindungan sementara yang diberikan kepolisian."
                    ),
                }),
                ("case_study", {
                    "title": "Ibu G yang tidak boleh keluar rumah",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Ibu G, 38 tahun, tinggal di sebuah desa di Kalimantan Selatan. Suaminya melarangnya berjualan,
menyita telepon genggamnya, dan setiap hari menyebutnya "tidak berguna" di depan anak-anak. Sudah
dua bulan suaminya tidak memberi uang belanja. Semalam, suaminya meninju lengannya. Ibu G ingin
suaminya berubah, bukan dipenjara.</p>
""",
                    "questions": [
                        "Bentuk KDRT apa saja yang dialami Ibu G?",
                        "Perbuatan mana yang delik biasa, sehingga dapat diproses tanpa pengaduan Ibu G? Bagaimana Anda menjelaskannya dengan jujur?",
                        "Hak mana dalam Pasal 10 UU PKDRT yang paling mendesak baginya?",
                        "Bagaimana Anda menghormati keinginan Ibu G sambil tetap menjaga keselamatannya?",
                        "Apa isi rencana keselamatan untuk Ibu G dan anak-anaknya?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "KDRT adalah urusan hukum, bukan sekadar urusan pribadi.",
                        "Empat bentuk KDRT: fisik, psikis, seksual, penelantaran rumah tangga.",
                        "Pekerja rumah tangga yang tinggal serumah juga dilindungi UU PKDRT.",
                        "Hak korban diatur dalam Pasal 10, termasuk perlindungan sementara dan perintah perlindungan.",
                        "Polisi wajib memberi perlindungan sementara dalam 1 x 24 jam, paling lama 7 hari (Pasal 16).",
                        "Kekerasan fisik (Pasal 44 ayat (1)) dan penelantaran (Pasal 49) adalah delik biasa; delik aduan hanya yang disebut Pasal 51 sampai 53.",
                        "Kekerasan seksual dalam rumah tangga tidak boleh didamaikan di luar pengadilan (UU TPKS Pasal 23).",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "uu-perlindungan-anak",
            "title": "UU No. 35 Tahun 2014: Anak, Kepentingan Terbaik dan Perlindungan Identitas",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Menentukan apakah seseorang tergolong anak, menerapkan prinsip kepentingan terbaik bagi anak "
                "dalam keputusan pendampingan, dan melindungi identitas anak dari publikasi."
            ),
            "summary": "Siapa yang disebut anak, apa artinya kepentingan terbaik anak, dan mengapa identitas anak harus dilindungi.",
            "body": [
                ("rich_text", """
<p><b>UU No. 35 Tahun 2014</b> mengubah UU No. 23 Tahun 2002 tentang Perlindungan Anak. Bersama
UUD 1945 Pasal 28B ayat (2) dan Konvensi Hak Anak (Keppres No. 36 Tahun 1990), undang-undang ini
menjadi pegangan utama setiap kali kita menangani kasus yang melibatkan anak.</p>
<h3>Siapa yang disebut anak</h3>
<p>Menurut UU Perlindungan Anak, <b>anak adalah seseorang yang belum berusia 18 tahun, termasuk anak
yang masih dalam kandungan</b>. Sudah menikah atau belum, sudah bekerja atau belum, tidak mengubah
statusnya: selama belum 18 tahun, ia anak dan berhak atas perlindungan khusus.</p>
<p>Karena itu, langkah pertama dalam setiap kasus adalah <b>memastikan usia</b> korban, saksi dan pelaku.
Lihat akta kelahiran, KIA atau kartu keluarga. Usia menentukan undang-undang mana yang berlaku dan
hak apa yang dimiliki.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 35 Tahun 2014 tentang Perubahan atas UU No. 23 Tahun 2002 tentang Perlindungan Anak",
                    "article": "Ketentuan umum (pengertian Anak)",
                    "text": "Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun, termasuk anak yang masih dalam kandungan.",
                    "note": "Parafrase; nomor pasal sengaja tidak dicantumkan. Baca teks resmi undang-undang.",
                }),
                ("legal_provision", {
                    "statute": "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
                    "article": "Pasal 28B ayat (2)",
                    "text": (
                        "Setiap anak berhak atas kelangsungan hidup, tumbuh, dan berkembang serta berhak atas "
                        "perlindungan dari kekerasan dan diskriminasi."
                    ),
                    "note": "Kutipan; cocokkan dengan naskah resmi UUD 1945.",
                }),
                ("rich_text", """
<h3>Kepentingan terbaik bagi anak</h3>
<p>Prinsip ini berasal dari Konvensi Hak Anak dan dipakai juga dalam UU Perlindungan Anak. Artinya,
dalam setiap keputusan yang menyangkut anak, <b>yang diutamakan adalah kepentingan anak</b>, bukan nama
baik keluarga, kenyamanan orang dewasa, atau "supaya kampung tenang".</p>
<p>Dalam praktik, pertanyaan yang bisa Anda ajukan:</p>
<ul>
<li>Apakah keputusan ini membuat anak lebih aman?</li>
<li>Apakah anak tetap bisa sekolah, bermain, dan mendapat layanan kesehatan?</li>
<li>Apakah pendapat anak sudah didengar, sesuai usia dan kematangannya?</li>
<li>Apakah ada pilihan lain yang lebih sedikit merugikan anak?</li>
</ul>
<p>Menghormati pendapat anak tidak sama dengan menyerahkan semua keputusan kepada anak. Orang dewasa
tetap bertanggung jawab, tetapi wajib mendengarkan.</p>
<h3>Tanggung jawab bersama</h3>
<p>Perlindungan anak adalah kewajiban negara, pemerintah pusat dan daerah, masyarakat, keluarga dan
orang tua. Perangkat desa, guru, tokoh agama dan tetangga tidak bisa berkata "bukan urusan saya".</p>
"""),
                ("glossary", {
                    "term": "Kepentingan terbaik bagi anak",
                    "definition": (
                        "Prinsip bahwa dalam setiap tindakan dan keputusan yang menyangkut anak, kepentingan anak "
                        "harus menjadi pertimbangan utama, di atas kepentingan orang dewasa atau nama baik keluarga."
                    ),
                }),
                ("rich_text", """
<h3>Identitas anak harus dilindungi</h3>
<p>UU Perlindungan Anak melindungi identitas anak dari publikasi, terutama anak korban kekerasan dan
anak yang berhadapan dengan hukum. Identitas bukan hanya nama. Foto wajah, nama orang tua, alamat,
nama sekolah, bahkan ciri khas yang membuat tetangga bisa menebak, juga termasuk.</p>
<p>Di era grup WhatsApp, pelanggaran paling sering justru dilakukan oleh orang yang ingin membantu:
perangkat desa yang memotret korban untuk laporan, warga yang membagikan berita "agar waspada", atau
petugas yang mengunggah kegiatan pendampingan. Aturan sederhananya: <b>jangan pernah membagikan foto,
nama atau keterangan yang bisa mengenali anak</b>. Data anak juga termasuk data pribadi yang bersifat
spesifik menurut UU No. 27 Tahun 2022 Pasal 4 ayat (2).</p>
<h3>Perkawinan anak</h3>
<p>Menurut <b>UU No. 16 Tahun 2019</b>, yang mengubah UU No. 1 Tahun 1974 tentang Perkawinan, perkawinan
hanya diizinkan bila laki-laki dan perempuan sudah berumur <b>19 tahun</b>. Menikahkan anak bukan jalan
keluar dari kemiskinan, kehamilan atau "aib". Memaksa seseorang menikah, termasuk perkawinan anak dan
memaksa korban menikah dengan pelaku perkosaan, adalah tindak pidana pemaksaan perkawinan menurut
UU No. 12 Tahun 2022 Pasal 10.</p>
"""),
                ("content_warning", {
                    "message": "Situasi berikut menyebut kekerasan seksual terhadap anak, tanpa rincian.",
                }),
                ("scenario", {
                    "situation": """
<p><i>Situasi ini fiktif.</i> Anak C, 14 tahun, menjadi korban kekerasan seksual. Seorang anggota grup
WhatsApp warga mengunggah foto C dengan tulisan "Kasihan anak ini, pelakunya harus dihukum!". Foto itu
sudah diteruskan ke beberapa grup lain. Ibu C menelepon Anda sambil menangis.</p>
""",
                    "question": "Apa yang Anda lakukan, dan prinsip apa yang Anda pakai?",
                    "guidance": """
<p>Utamakan <b>kepentingan terbaik C</b>. Hubungi admin grup dan pengunggah agar foto segera dihapus, dan
minta anggota grup tidak meneruskannya; jelaskan bahwa identitas anak dilindungi undang-undang, meski
niatnya baik. Jangan menyimpan, memotret ulang atau meneruskan foto C. Catat nama grup, nama akun
pengunggah, tanggal dan jam, lalu serahkan catatan itu kepada UPTD PPA atau penyidik. Tawarkan dukungan
psikologis bagi C melalui UPTD PPA atau {sapa}. Jangan bertanya kepada C tentang rincian kejadian; itu
bukan tugas Anda.</p>
""".replace("{sapa}", SAPA),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Anak adalah seseorang yang belum berusia 18 tahun, termasuk yang masih dalam kandungan.",
                        "Pastikan usia korban, saksi dan pelaku sejak awal.",
                        "Kepentingan terbaik anak di atas nama baik keluarga atau desa.",
                        "Identitas anak (nama, wajah, alamat, sekolah, nama orang tua) dilindungi dari publikasi.",
                        "Perlindungan anak adalah kewajiban negara, masyarakat, keluarga dan orang tua.",
                        "Usia minimal perkawinan 19 tahun bagi laki-laki dan perempuan (UU No. 16 Tahun 2019); memaksa anak menikah adalah pemaksaan perkawinan (UU TPKS Pasal 10).",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "uu-sppa-diversi",
            "title": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak dan Diversi",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Membedakan anak berkonflik dengan hukum, anak korban dan anak saksi; menentukan apakah diversi "
                "wajib diupayakan berdasarkan Pasal 7; dan menjaga kerahasiaan identitas anak (Pasal 19)."
            ),
            "summary": "Bagaimana hukum memperlakukan anak yang diduga melakukan tindak pidana, dan apa itu diversi.",
            "body": [
                ("rich_text", """
<p>Ketika seorang anak diduga mencuri, berkelahi atau melakukan tindak pidana lain, reaksi pertama
masyarakat sering "penjarakan saja supaya jera". <b>UU No. 11 Tahun 2012</b> tentang Sistem Peradilan
Pidana Anak (UU SPPA) mengambil jalan lain: anak tetap bertanggung jawab, tetapi penyelesaiannya
mengutamakan <b>pemulihan</b>, bukan pembalasan. Penjara adalah upaya terakhir.</p>
<h3>Tiga posisi anak dalam perkara pidana</h3>
<ul>
<li><b>Anak yang berkonflik dengan hukum</b>: anak yang telah berumur 12 tahun tetapi belum 18 tahun
yang diduga melakukan tindak pidana.</li>
<li><b>Anak korban</b>: anak di bawah 18 tahun yang mengalami penderitaan fisik, mental atau kerugian
ekonomi akibat tindak pidana.</li>
<li><b>Anak saksi</b>: anak di bawah 18 tahun yang dapat memberi keterangan tentang perkara yang ia
dengar, lihat atau alami.</li>
</ul>
<p>Ketiganya disebut anak yang berhadapan dengan hukum. Dalam satu perkara, paralegal bisa bertemu
ketiganya sekaligus, dan <b>semuanya tetap anak</b> yang berhak dilindungi.</p>
<h3>Diversi dan keadilan restoratif</h3>
<p><b>Diversi</b> adalah pengalihan penyelesaian perkara anak dari proses peradilan pidana ke proses
di luar peradilan pidana. Diversi dilakukan melalui musyawarah yang melibatkan anak dan orang tuanya,
korban dan orang tuanya, pembimbing kemasyarakatan, dan pekerja sosial. Dasarnya adalah
<b>keadilan restoratif</b>: memulihkan keadaan, memperbaiki kerugian korban, dan mengembalikan anak
ke keluarga dan sekolah.</p>
"""),
                ("glossary", {
                    "term": "Anak yang berhadapan dengan hukum",
                    "definition": (
                        "Sebutan dalam UU No. 11 Tahun 2012 untuk anak yang berkonflik dengan hukum, anak korban "
                        "dan anak saksi."
                    ),
                }),
                ("glossary", {
                    "term": "Diversi",
                    "definition": (
                        "Pengalihan penyelesaian perkara anak dari proses peradilan pidana ke proses di luar peradilan "
                        "pidana, melalui musyawarah yang melibatkan anak, korban, keluarga dan petugas terkait."
                    ),
                }),
                ("glossary", {
                    "term": "Keadilan restoratif",
                    "definition": (
                        "Cara penyelesaian perkara pidana yang mengutamakan pemulihan keadaan semula dan perbaikan "
                        "kerugian korban, bukan pembalasan."
                    ),
                }),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 7",
                    "text": (
                        "Pada tingkat penyidikan, penuntutan dan pemeriksaan perkara anak di pengadilan negeri wajib "
                        "diupayakan diversi. Diversi dilaksanakan untuk tindak pidana yang diancam pidana penjara di "
                        "bawah tujuh tahun dan bukan merupakan pengulangan tindak pidana."
                    ),
                    "note": PARAFRASE,
                }),
                ("rich_text", """
<h3>Membaca Pasal 7 dengan tepat</h3>
<p>Dua syarat harus terpenuhi agar diversi <b>wajib</b> diupayakan: ancaman pidananya di bawah tujuh
tahun, <b>dan</b> bukan pengulangan. Yang menentukan ancaman pidana adalah penyidik dan jaksa
berdasarkan pasal yang disangkakan, bukan paralegal. Tugas Anda adalah menjelaskan kepada keluarga
bahwa mekanisme ini ada, dan memastikan anak didampingi.</p>
<p>Diversi juga tidak berarti korban boleh ditekan. Kesepakatan diversi pada umumnya memerlukan
persetujuan korban dan keluarganya. Jika korbannya juga anak, kepentingan terbaik anak korban harus
sama-sama diperhatikan.</p>
<h3>Diversi dan kekerasan seksual</h3>
<p>UU No. 12 Tahun 2022 Pasal 23 melarang penyelesaian perkara kekerasan seksual di luar pengadilan,
<b>kecuali pelakunya anak</b>. Pengecualian ini merujuk pada aturan peradilan pidana anak. Jadi, jika
pelaku kekerasan seksual adalah anak, diversi hanya mungkin bila syarat Pasal 7 UU SPPA terpenuhi, dan
diversi itu dijalankan oleh penyidik, penuntut umum atau hakim, bukan oleh paralegal, kepala desa atau
musyawarah desa. Banyak tindak pidana kekerasan seksual terhadap anak diancam pidana penjara lebih dari
tujuh tahun, sehingga diversi tidak dapat dilakukan. Jika pelakunya orang dewasa, tidak ada jalan damai
di luar pengadilan.</p>
<h3>Kerahasiaan identitas</h3>
<p>Pasal 19 UU SPPA mewajibkan identitas anak, anak korban dan anak saksi dirahasiakan dalam
pemberitaan, dan pelanggarannya diancam pidana. Ini berlaku untuk wartawan, tetapi juga menjadi
pegangan bagi siapa pun yang menyebarkan informasi, termasuk di media sosial.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 19",
                    "text": (
                        "Identitas anak, anak korban dan/atau anak saksi wajib dirahasiakan dalam pemberitaan di media "
                        "cetak maupun elektronik. Identitas itu meliputi nama anak, nama orang tua, alamat, wajah, dan "
                        "hal lain yang dapat mengungkapkan jati diri anak."
                    ),
                    "note": PARAFRASE + " Pelanggaran atas kewajiban ini diancam pidana.",
                }),
                ("case_study", {
                    "title": "Anak H dan perkelahian sepulang sekolah",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Anak H, 15 tahun, berkelahi dengan anak F, 14 tahun, sepulang sekolah. F mengalami luka di pelipis
dan dijahit di puskesmas. Ini pertama kalinya H berurusan dengan polisi. Orang tua F marah dan ingin H
dikeluarkan dari sekolah dan dipenjara. Orang tua H bingung dan takut.</p>
""",
                    "questions": [
                        "Apa posisi H dan F menurut UU SPPA?",
                        "Syarat apa yang menentukan apakah diversi wajib diupayakan untuk H, dan siapa yang menjalankannya?",
                        "Bagaimana Anda memastikan kepentingan F sebagai anak korban tetap diperhatikan?",
                        "Informasi apa tentang H dan F yang tidak boleh disebarkan?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Anak yang berkonflik dengan hukum: berumur 12 tahun tetapi belum 18 tahun.",
                        "Diversi wajib diupayakan bila ancaman pidana di bawah tujuh tahun dan bukan pengulangan (Pasal 7).",
                        "Diversi berlandaskan keadilan restoratif; korban tidak boleh ditekan.",
                        "Pelaku kekerasan seksual yang masih anak: penyelesaian di luar pengadilan hanya lewat diversi resmi oleh penyidik, penuntut umum atau hakim, bila syarat Pasal 7 terpenuhi (UU TPKS Pasal 23).",
                        "Identitas anak, anak korban dan anak saksi wajib dirahasiakan (Pasal 19), dengan ancaman pidana.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "ujian-studi-kasus",
            "title": "Ujian Studi Kasus: Mencocokkan Fakta dengan Hukum dan Hak",
            "jp": 2,
            "minutes": 25,
            "competency": (
                "Menganalisis kasus fiktif: menentukan undang-undang yang berlaku, hak korban yang relevan, "
                "dan langkah rujukan yang tepat."
            ),
            "summary": "Empat kasus fiktif untuk menguji kemampuan Anda mencocokkan fakta dengan undang-undang dan hak korban.",
            "body": [
                ("rich_text", """
<p>Modul ini adalah latihan ujian. Setiap kasus meminta Anda mencocokkan fakta dengan undang-undang
dan hak yang tepat. Tulis jawaban Anda terlebih dahulu, baru buka panduannya. Kuis akhir pelatihan
memakai pola yang sama.</p>
<h3>Lima pertanyaan untuk setiap kasus</h3>
<ol>
<li><b>Siapa</b> korbannya, dan berapa usianya? Apakah ia anak?</li>
<li><b>Siapa</b> pelakunya, berapa usianya, dan apa hubungannya dengan korban?</li>
<li><b>Apa</b> perbuatannya? Kekerasan seksual, KDRT, atau tindak pidana lain?</li>
<li><b>Undang-undang</b> mana yang berlaku, dan <b>hak</b> apa yang dimiliki korban?</li>
<li><b>Langkah</b> dan rujukan apa yang tepat? Bolehkah diselesaikan di luar pengadilan?</li>
</ol>
<h3>Peta cepat</h3>
<ul>
<li>Kekerasan seksual: UU No. 12 Tahun 2022 (bentuk di Pasal 4 ayat (1); delik aduan bagi korban dewasa
tanpa disabilitas untuk pelecehan seksual nonfisik, pelecehan fisik Pasal 6 huruf a dan kekerasan seksual
berbasis elektronik, Pasal 7 dan 14; hak
korban Pasal 67-70; pendamping Pasal 26; tidak boleh damai, Pasal 23, kecuali pelaku anak melalui diversi
resmi).</li>
<li>Kekerasan dalam rumah tangga: UU No. 23 Tahun 2004 (hak korban Pasal 10; perlindungan sementara dari
polisi dalam 1 x 24 jam, Pasal 16; kekerasan fisik dan penelantaran adalah delik biasa).</li>
<li>Korban atau saksi di bawah 18 tahun: UU No. 35 Tahun 2014 (kepentingan terbaik, identitas dilindungi).</li>
<li>Pelaku berumur 12 sampai belum 18 tahun: UU No. 11 Tahun 2012 (diversi Pasal 7, kerahasiaan Pasal 19).</li>
</ul>
<p>Satu kasus sering menyentuh lebih dari satu undang-undang. Itu wajar.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar proses peradilan, "
                        "kecuali terhadap pelaku anak sebagaimana diatur dalam undang-undang."
                    ),
                    "note": PARAFRASE + DIVERSI + " Pasal ini paling sering muncul dalam soal ujian.",
                }),
                ("glossary", {
                    "term": "Pemaksaan perkawinan",
                    "definition": (
                        "Salah satu bentuk kekerasan seksual dalam UU No. 12 Tahun 2022 Pasal 4 ayat (1), misalnya "
                        "memaksa seseorang menikah di luar kehendaknya, termasuk memaksa korban menikah dengan pelaku."
                    ),
                }),
                ("content_warning", {
                    "message": (
                        "Kasus-kasus berikut memuat kekerasan seksual, kekerasan dalam rumah tangga dan pemaksaan "
                        "perkawinan anak, tanpa rincian grafis."
                    ),
                }),
                ("scenario", {
                    "situation": """
<p><i>Kasus 1, fiktif.</i> Ibu W, 41 tahun, sudah setahun tidak diberi nafkah oleh suaminya, dilarang
bekerja, dan sering diancam akan diusir. Bulan lalu suaminya memaksanya berhubungan seksual ketika ia
sedang sakit.</p>
""",
                    "question": "Undang-undang mana yang berlaku, dan bolehkah kasus ini dimediasi di tingkat desa?",
                    "guidance": """
<p>UU No. 23 Tahun 2004 (PKDRT): penelantaran, kekerasan psikis dan kekerasan seksual dalam rumah
tangga; hak korban dalam Pasal 10, termasuk perlindungan dan pendampingan. Penelantaran adalah delik
biasa (Pasal 49), sehingga kesepakatan desa tidak menghentikan perkaranya. Karena ada kekerasan
seksual, berlaku juga UU No. 12 Tahun 2022 Pasal 23: <b>tidak boleh diselesaikan di luar
pengadilan</b> (pelakunya dewasa). Rujuk ke UPTD PPA dan bantu Ibu W menyusun rencana keselamatan.</p>
""",
                }),
                ("scenario", {
                    "situation": """
<p><i>Kasus 2, fiktif.</i> Anak K, 16 tahun, hamil setelah diperkosa oleh seorang laki-laki dewasa
di desanya. Tokoh masyarakat mengusulkan agar K dinikahkan dengan pelaku "supaya tidak malu".</p>
""",
                    "question": "Apa yang salah dengan usulan ini menurut hukum?",
                    "guidance": """
<p>K adalah anak (belum 18 tahun) menurut UU No. 35 Tahun 2014; kepentingan terbaiknya harus
diutamakan. Perkosaan adalah kekerasan seksual dan pelakunya dewasa, sehingga <b>tidak boleh
diselesaikan di luar pengadilan</b> (UU No. 12 Tahun 2022 Pasal 23). Memaksa korban menikah dengan
pelaku adalah <b>pemaksaan perkawinan</b> (Pasal 10, salah satu bentuk dalam Pasal 4 ayat (1)), dan K
belum mencapai usia minimal perkawinan 19 tahun (UU No. 16 Tahun 2019). K berhak
atas penanganan, pelindungan dan pemulihan (Pasal 67-70), termasuk layanan kesehatan. Hubungi UPTD PPA
atau {sapa} segera.</p>
""".replace("{sapa}", SAPA),
                }),
                ("scenario", {
                    "situation": """
<p><i>Kasus 3, fiktif.</i> Anak L, 15 tahun, diduga mengambil sepeda motor milik tetangga dan sudah
ditangkap. Ini kali pertama. Seorang warga memotret L saat dibawa ke kantor polisi lalu mengunggahnya
ke media sosial dengan nama lengkap.</p>
""",
                    "question": "Hukum apa yang berlaku bagi L, dan apa masalah dengan unggahan itu?",
                    "guidance": """
<p>L adalah anak yang berkonflik dengan hukum (12 sampai belum 18 tahun), sehingga berlaku UU No. 11
Tahun 2012. Diversi wajib diupayakan <b>jika</b> ancaman pidananya di bawah tujuh tahun dan bukan
pengulangan (Pasal 7); penyidik yang memastikan ancaman pidananya. Unggahan itu melanggar kewajiban
merahasiakan identitas anak (Pasal 19) dan perlindungan identitas anak dalam UU No. 35 Tahun 2014.
Minta unggahan dihapus, dan rujuk keluarga ke advokat melalui Pemberi Bantuan Hukum.</p>
""",
                }),
                ("scenario", {
                    "situation": """
<p><i>Kasus 4, fiktif.</i> Nn. E, 19 tahun, tidak menyandang disabilitas, putus dengan pacarnya. Mantan
pacarnya mengancam akan menyebarkan video pribadi mereka jika Nn. E tidak mau kembali. Keluarga Nn. E
ingin kasus ini "diselesaikan baik-baik" dengan keluarga laki-laki itu, sementara Nn. E sendiri belum
memutuskan apa yang ia mau.</p>
""",
                    "question": "Bentuk kekerasan seksual apa ini, siapa yang memutuskan apakah perkara ini diadukan, dan apa yang Anda sampaikan kepada keluarganya?",
                    "guidance": """
<p>Mengancam menyebarkan video bermuatan seksual tanpa persetujuan adalah <b>kekerasan seksual berbasis
elektronik</b> (Pasal 4 ayat (1)). Nn. E orang dewasa tanpa disabilitas, jadi perkara ini <b>delik
aduan</b> (Pasal 14): <b>Nn. E sendiri yang memutuskan</b> apakah mengadu, bukan keluarganya. Jelaskan
pilihannya dan akibatnya dengan jujur, lalu hormati keputusannya. Sampaikan kepada keluarga bahwa mereka
tidak boleh mendesak Nn. E berdamai; bila ia mengadu, perkaranya tidak dapat diselesaikan di luar
pengadilan (Pasal 23). Sarankan Nn. E menyimpan pesan ancaman itu tanpa meneruskannya kepada siapa pun,
dan meminta platform menurunkan video bila sampai diunggah. Ia berhak atas penanganan, pelindungan dan
pemulihan (Pasal 67-70), dan pendamping berjenis kelamin sama diutamakan (Pasal 26).</p>
""",
                }),
                ("key_points", {
                    "title": "Poin penting untuk ujian",
                    "points": [
                        "Mulai dari usia: anak atau dewasa, korban maupun pelaku.",
                        "Kekerasan seksual oleh pelaku dewasa tidak pernah diselesaikan di luar pengadilan (UU TPKS Pasal 23).",
                        "Pelecehan seksual nonfisik, pelecehan fisik Pasal 6 huruf a dan kekerasan seksual berbasis elektronik terhadap korban dewasa tanpa disabilitas: korban sendiri yang memutuskan mengadu (Pasal 7, Pasal 14).",
                        "Satu kasus bisa memakai lebih dari satu undang-undang.",
                        "Sebutkan hak korban, bukan hanya pasal pidananya.",
                        "Identitas anak selalu dirahasiakan; rujukan: UPTD PPA, SAPA 129, darurat 112.",
                    ],
                }),
            ],
        },
    ],
}
