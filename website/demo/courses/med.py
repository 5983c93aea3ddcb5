"""Demo course MED: Mediasi dan Penyelesaian Sengketa Nonpidana (12 JP).

All case studies and scenarios are fictional. Legal references are limited to the facts in
/work/shared/DOMAIN.md; provisions are paraphrased, not quoted.
"""

PARAFRASE = "Parafrase; baca teks resmi undang-undang."
DIVERSI = (" Pengecualian untuk pelaku anak hanya melalui diversi oleh penyidik, penuntut umum atau hakim "
           "menurut UU No. 11 Tahun 2012, tidak pernah oleh musyawarah desa atau mediator komunitas.")

COURSE = {
    "code": "MED",
    "slug": "mediasi-penyelesaian-sengketa-nonpidana",
    "title": "Mediasi dan Penyelesaian Sengketa Nonpidana",
    "title_en": "Mediation and non-criminal dispute resolution",
    "topic": "mediation",
    "jp_hours": 12,
    "audience": (
        "Paralegal, aparat kelurahan dan desa, serta tokoh masyarakat yang sering diminta warga "
        "membantu menyelesaikan perselisihan keluarga atau antartetangga."
    ),
    "summary": (
        "Belajar memfasilitasi mediasi sengketa nonpidana secara adil dan aman, dan mengenali "
        "kapan mediasi dilarang, terutama untuk kekerasan seksual yang tidak boleh didamaikan."
    ),
    "intro": (
        "<p>Di banyak desa dan kelurahan, warga datang ke kantor desa, ke ketua RT atau ke tokoh "
        "agama ketika ada masalah keluarga. Sering muncul pesan: <i>\"selesaikan dulu secara "
        "kekeluargaan\"</i>. Untuk banyak perselisihan sehari-hari, musyawarah memang cara yang baik. "
        "Tetapi ada perkara yang <b>tidak boleh</b> didamaikan, dan yang paling tegas adalah "
        "kekerasan seksual.</p>"
        "<p>Pelatihan ini membekali Anda dengan prinsip dan keterampilan mediasi untuk sengketa "
        "nonpidana, sekaligus rambu-rambu kapan Anda harus berhenti dan merujuk. Di akhir pelatihan, "
        "fasilitator menilai bermain peran (role-play) mediasi Anda dengan rubrik.</p>"
        "<p>Sertifikat yang diberikan adalah <b>sertifikat pelatihan</b>, bukan izin atau sertifikasi "
        "paralegal.</p>"
        "<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>"
    ),
    "outcomes": [
        "Peserta mampu menjelaskan prinsip mediasi: sukarela, netral, rahasia, dan keputusan di tangan para pihak.",
        "Peserta mampu mengenali perkara yang tidak boleh dimediasi, termasuk kekerasan seksual (UU No. 12 Tahun 2022 Pasal 23), dan merujuknya.",
        "Peserta mampu menerapkan mendengar aktif, membingkai ulang, dan menggali kepentingan di balik posisi.",
        "Peserta mampu menjelaskan peran dan batas mekanisme desa/kelurahan (PATBM, KRPPA) serta jalur rujukan.",
        "Peserta mampu menyusun catatan kesepakatan yang adil dan merencanakan tindak lanjut.",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "prinsip-dasar-mediasi",
            "title": "Prinsip Dasar Mediasi",
            "jp": 2,
            "minutes": 25,
            "competency": (
                "Menjelaskan empat prinsip mediasi dan membedakan sengketa yang boleh dimediasi "
                "dari perkara yang wajib dirujuk."
            ),
            "summary": "Apa itu mediasi, empat prinsipnya, dan batas yang tidak bisa ditawar.",
            "body": [
                ("rich_text", (
                    "<h3>Apa itu mediasi?</h3>"
                    "<p>Mediasi adalah cara menyelesaikan perselisihan dengan bantuan pihak ketiga yang "
                    "netral, yaitu mediator. Mediator tidak memutus siapa yang benar dan siapa yang salah. "
                    "Tugasnya membantu para pihak berbicara dengan tenang, memahami kebutuhan masing-masing, "
                    "lalu mencari jalan keluar yang mereka setujui sendiri.</p>"
                    "<p>Mediasi berbeda dengan <i>menasihati</i> atau <i>mendamaikan paksa</i>. Kalau "
                    "kepala dusun berkata \"sudahlah, kalian berdamai saja\", itu bukan mediasi. Mediasi "
                    "memberi ruang kepada setiap pihak untuk didengar dan untuk berkata tidak.</p>"
                    "<h3>Empat prinsip yang harus selalu dipegang</h3>"
                    "<ol>"
                    "<li><b>Sukarela.</b> Para pihak datang dan bertahan karena mau, bukan karena takut "
                    "atau didesak keluarga, tokoh adat atau aparat. Siapa pun boleh menghentikan mediasi "
                    "kapan saja tanpa hukuman.</li>"
                    "<li><b>Netral dan tidak memihak.</b> Mediator tidak punya kepentingan pribadi dalam "
                    "masalah itu. Jika salah satu pihak adalah kerabat, tetangga dekat atau atasan Anda, "
                    "serahkan kepada mediator lain.</li>"
                    "<li><b>Rahasia.</b> Apa yang dibicarakan tidak diceritakan ke warung, grup WhatsApp "
                    "atau rapat desa. Kerahasiaan ini punya batas: jika terungkap ada ancaman terhadap "
                    "keselamatan seseorang, apalagi anak, keselamatan didahulukan dan Anda wajib "
                    "merujuk.</li>"
                    "<li><b>Para pihak yang memutuskan.</b> Isi kesepakatan datang dari para pihak. "
                    "Mediator boleh membantu memunculkan pilihan, tetapi tidak memaksakan jalan keluar.</li>"
                    "</ol>"
                    "<h3>Sengketa apa yang cocok untuk mediasi?</h3>"
                    "<p>Mediasi di tingkat komunitas cocok untuk perselisihan <b>nonpidana</b> yang para "
                    "pihaknya relatif setara, misalnya:</p>"
                    "<ul>"
                    "<li>pengaturan biaya hidup anak setelah orang tua berpisah secara informal;</li>"
                    "<li>jadwal anak bertemu ayah atau ibunya yang tinggal terpisah;</li>"
                    "<li>perselisihan antartetangga soal batas pekarangan, ternak atau kebisingan;</li>"
                    "<li>salah paham antarkeluarga setelah anak-anak mereka bertengkar.</li>"
                    "</ul>"
                    "<p>Ingat, perceraian dan penetapan hak asuh secara resmi tetap menjadi wewenang "
                    "pengadilan. Kesepakatan di desa tidak menggantikan putusan pengadilan.</p>"
                    "<h3>Batas yang tidak bisa ditawar</h3>"
                    "<p>Ada perkara yang sama sekali tidak boleh dibawa ke meja mediasi. Yang paling "
                    "tegas diatur undang-undang adalah <b>kekerasan seksual</b>: perkaranya tidak boleh "
                    "diselesaikan di luar proses peradilan, kecuali jika pelakunya anak; itu pun hanya "
                    "melalui diversi yang dijalankan penyidik, penuntut umum atau hakim, tidak pernah di "
                    "meja mediasi komunitas. Artinya tidak "
                    "ada \"uang damai\", denda adat, atau surat pernyataan damai yang bisa menutup "
                    "perkara kekerasan seksual. Modul 2 membahas batas ini secara rinci.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar "
                        "proses peradilan, kecuali jika pelakunya adalah anak sebagaimana diatur "
                        "dalam undang-undang."
                    ),
                    "note": PARAFRASE + DIVERSI,
                }),
                ("glossary", {
                    "term": "Mediasi",
                    "definition": (
                        "Cara menyelesaikan perselisihan dengan bantuan pihak ketiga yang netral; "
                        "keputusan tetap di tangan para pihak."
                    ),
                }),
                ("glossary", {
                    "term": "Mediator",
                    "definition": (
                        "Orang yang memandu proses mediasi: menjaga aturan bicara, membantu para pihak "
                        "saling memahami, dan mencatat kesepakatan. Mediator tidak menjadi hakim."
                    ),
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Kepala desa meminta Anda memediasi perselisihan dua "
                        "keluarga soal biaya sekolah seorang anak setelah orang tuanya berpisah. Ternyata "
                        "sang ayah adalah sepupu Anda sendiri. Kepala desa berkata, \"Justru bagus, dia "
                        "pasti mau mendengar kamu.\"</p>"
                    ),
                    "question": "Apakah Anda sebaiknya menjadi mediator dalam perkara ini? Apa yang Anda katakan kepada kepala desa?",
                    "guidance": (
                        "<p>Sebaiknya tidak. Hubungan keluarga membuat Anda sulit terlihat netral, "
                        "terutama di mata sang ibu. Jelaskan dengan sopan kepada kepala desa bahwa "
                        "prinsip netralitas mengharuskan mediator tanpa hubungan dekat dengan salah satu "
                        "pihak, lalu usulkan mediator lain, misalnya paralegal dari desa tetangga atau "
                        "petugas UPTD PPA. Anda tetap boleh membantu hal administratif jika kedua pihak "
                        "setuju.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Mediasi membantu para pihak mencari jalan keluar sendiri; mediator tidak memutus.",
                        "Empat prinsip: sukarela, netral, rahasia, para pihak yang memutuskan.",
                        "Kerahasiaan berhenti ketika keselamatan seseorang, terutama anak, terancam.",
                        "Mediasi komunitas hanya untuk sengketa nonpidana yang para pihaknya relatif setara.",
                        "Kekerasan seksual tidak boleh diselesaikan di luar pengadilan (UU 12/2022 Pasal 23); pengecualian pelaku anak hanya melalui diversi oleh aparat penegak hukum.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "kapan-mediasi-dilarang",
            "title": "Kapan Mediasi Tidak Boleh Dilakukan",
            "jp": 3,
            "minutes": 35,
            "competency": (
                "Mengenali perkara yang tidak boleh dimediasi (kekerasan seksual, KDRT berat, "
                "ketimpangan kuasa, keselamatan anak terancam) dan menjelaskan bahwa mediasi tidak "
                "pernah menggantikan hak melapor."
            ),
            "summary": "Rambu-rambu tegas: kapan Anda harus menolak mediasi dan segera merujuk.",
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini membahas kekerasan seksual dan kekerasan dalam rumah tangga, termasuk "
                        "kasus fiktif yang melibatkan anak. Istirahatlah jika perlu."
                    ),
                }),
                ("rich_text", (
                    "<h3>\"Selesaikan di desa dulu\": mengapa ini berbahaya</h3>"
                    "<p>Aparat desa dan kelurahan sering diminta menjaga ketenangan kampung dan "
                    "menyelesaikan masalah secara kekeluargaan. Niatnya baik, tetapi untuk beberapa jenis "
                    "perkara, \"damai\" justru membuat korban kehilangan haknya, pelaku tidak jera, dan "
                    "kekerasan berulang. Modul ini adalah modul terpenting dalam pelatihan ini.</p>"
                    "<h3>1. Kekerasan seksual: tidak boleh didamaikan</h3>"
                    "<p>Undang-Undang Tindak Pidana Kekerasan Seksual (UU 12/2022) menyatakan bahwa "
                    "perkara kekerasan seksual <b>tidak boleh diselesaikan di luar proses peradilan</b>. "
                    "Satu-satunya pengecualian adalah jika <b>pelakunya anak</b>. Itu pun tidak "
                    "diselesaikan di balai desa, melainkan melalui sistem peradilan pidana anak: diversi "
                    "dijalankan penyidik, penuntut umum atau hakim, dan hanya jika syaratnya menurut "
                    "UU 11/2012 terpenuhi.</p>"
                    "<p>Jadi, untuk pelaku dewasa, tidak ada uang damai, denda adat, surat pernyataan "
                    "damai, atau \"dinikahkan saja\". Menikahkan korban dengan pelaku bukan jalan keluar; "
                    "pemaksaan perkawinan sendiri termasuk tindak pidana kekerasan seksual.</p>"
                    "<p>Untuk pelecehan seksual nonfisik, pelecehan seksual fisik menurut Pasal 6 huruf a, dan "
                    "kekerasan seksual berbasis elektronik terhadap korban <b>dewasa tanpa disabilitas</b>, "
                    "korban sendiri yang memutuskan apakah mengadu ke polisi, karena perbuatan itu delik aduan "
                    "(UU 12/2022 Pasal 7 dan Pasal 14). Itu hak korban, bukan celah untuk mediasi: desa tidak "
                    "menengahi \"damai\", tidak ada yang boleh mendesak korban mengadu atau berdamai, dan bila "
                    "korban mengadu, perkaranya tidak dapat diselesaikan di luar pengadilan. Bila korbannya "
                    "anak atau penyandang disabilitas, perkara diproses tanpa pengaduan.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar "
                        "proses peradilan, kecuali terhadap pelaku anak sebagaimana diatur dalam "
                        "undang-undang."
                    ),
                    "note": PARAFRASE + DIVERSI,
                }),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 4 ayat (1)",
                    "text": (
                        "Tindak pidana kekerasan seksual meliputi: pelecehan seksual nonfisik, pelecehan "
                        "seksual fisik, pemaksaan kontrasepsi, pemaksaan sterilisasi, pemaksaan "
                        "perkawinan, penyiksaan seksual, eksploitasi seksual, perbudakan seksual, dan "
                        "kekerasan seksual berbasis elektronik."
                    ),
                    "note": PARAFRASE,
                }),
                ("rich_text", (
                    "<h3>2. KDRT yang merupakan delik biasa, berat atau berulang</h3>"
                    "<p>UU 23/2004 tentang Penghapusan KDRT mengenal kekerasan fisik, psikis, seksual dan "
                    "penelantaran rumah tangga. <b>Kekerasan fisik</b> (Pasal 44 ayat (1)) dan "
                    "<b>penelantaran rumah tangga</b> (Pasal 49) adalah <b>delik biasa</b>: polisi "
                    "memprosesnya berdasarkan laporan siapa pun, dan kesepakatan mediasi tidak menghentikan "
                    "perkaranya. Delik aduan dalam UU PKDRT hanya kekerasan fisik dan psikis ringan antara "
                    "suami dan istri serta kekerasan seksual antara suami dan istri (Pasal 51 sampai 53). "
                    "Sebagai pedoman praktik, jangan memediasi KDRT yang "
                    "menimbulkan luka, yang sudah berulang, yang disertai ancaman atau senjata, atau yang "
                    "membuat korban takut pulang. Yang dibutuhkan korban adalah perlindungan dan layanan, "
                    "bukan duduk semeja dengan pelaku.</p>"
                    "<h3>3. Ketimpangan kuasa</h3>"
                    "<p>Mediasi hanya adil jika kedua pihak bisa bicara bebas. Jika satu pihak bergantung "
                    "sepenuhnya secara ekonomi, takut, diawasi, atau berhadapan dengan majikan, guru, "
                    "tokoh berpengaruh atau keluarga yang jauh lebih kuat, \"kesepakatan\" yang muncul "
                    "biasanya hanya cerminan rasa takut.</p>"
                    "<h3>4. Keselamatan anak dipertaruhkan</h3>"
                    "<p>Jika ada tanda anak dipukuli, ditelantarkan, dieksploitasi atau terancam, urusan "
                    "itu bukan perselisihan antarorang dewasa. Hentikan mediasi dan rujuk ke UPTD PPA. "
                    "Menurut UU 35/2014, anak adalah setiap orang yang belum berusia 18 tahun.</p>"
                    "<h3>Mediasi tidak pernah menggantikan hak melapor</h3>"
                    "<p>Dalam perkara apa pun, korban tetap berhak melapor ke polisi dan mendapat layanan. "
                    "Tidak ada kesepakatan yang boleh melarang seseorang melapor. Sampaikan jalurnya: "
                    "<b>SAPA 129</b> (telepon 129 atau WhatsApp 08111-129-129), UPTD PPA setempat, dan "
                    "<b>112</b> untuk keadaan darurat.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 10",
                    "text": (
                        "Korban KDRT berhak antara lain atas perlindungan dari keluarga, kepolisian, "
                        "kejaksaan, pengadilan, advokat, lembaga sosial atau pihak lain; pelayanan "
                        "kesehatan sesuai kebutuhan medis; penanganan khusus terkait kerahasiaan korban; "
                        "pendampingan pekerja sosial dan bantuan hukum pada setiap tingkat pemeriksaan; "
                        "serta bimbingan rohani."
                    ),
                    "note": PARAFRASE,
                }),
                ("case_study", {
                    "title": "Tawaran uang damai",
                    "body": (
                        "<p>Kasus ini fiktif. Di sebuah desa di Kalimantan Selatan, anak V (14 tahun) "
                        "bercerita kepada ibunya bahwa seorang tetangga dewasa, Pak M, berulang kali "
                        "menyentuh tubuhnya tanpa izin. Ibu V melapor ke ketua RT. Keluarga Pak M "
                        "mendatangi rumah Ibu V dengan seorang tokoh masyarakat, menawarkan sejumlah uang, "
                        "dan meminta Ibu V menandatangani surat damai \"supaya nama kampung tidak "
                        "tercemar\". Ketua RT meminta Anda, paralegal desa, memimpin pertemuan kedua "
                        "keluarga.</p>"
                    ),
                    "questions": [
                        "Bolehkah pertemuan damai ini dilaksanakan? Sebutkan dasar hukumnya.",
                        "Apa yang Anda sampaikan kepada ketua RT dan tokoh masyarakat?",
                        "Karena korbannya anak, apakah perkara ini menunggu pengaduan? Siapa yang boleh melapor?",
                        "Layanan apa yang perlu segera dihubungi untuk anak V dan ibunya?",
                        "Bagaimana Anda menjaga kerahasiaan identitas anak V di kampung?",
                    ],
                }),
                ("glossary", {
                    "term": "Ketimpangan kuasa (relasi kuasa)",
                    "definition": (
                        "Keadaan ketika satu pihak jauh lebih kuat, misalnya karena uang, jabatan, usia, "
                        "jenis kelamin atau ancaman, sehingga pihak lain tidak bebas menolak."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Kekerasan seksual TIDAK BOLEH dimediasi atau didamaikan di luar pengadilan (UU 12/2022 Pasal 23).",
                        "Satu-satunya pengecualian: pelaku anak, dan itu melalui diversi oleh aparat penegak hukum, bukan musyawarah desa.",
                        "Kekerasan fisik dan penelantaran dalam rumah tangga adalah delik biasa (UU 23/2004 Pasal 44 ayat (1), Pasal 49); mediasi tidak menghentikan perkaranya.",
                        "Pelecehan seksual nonfisik, pelecehan fisik Pasal 6 huruf a dan kekerasan seksual berbasis elektronik terhadap korban dewasa tanpa disabilitas: korban yang memutuskan mengadu (UU 12/2022 Pasal 7, 14), bukan desa.",
                        "Jangan memediasi KDRT berat atau berulang, ketimpangan kuasa, atau perkara yang mengancam keselamatan anak (pedoman praktik).",
                        "Menikahkan korban dengan pelaku bukan penyelesaian; pemaksaan perkawinan adalah kekerasan seksual.",
                        "Mediasi tidak pernah menggantikan hak melapor. Sampaikan SAPA 129 (WA 08111-129-129) dan 112.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "keterampilan-mediator",
            "title": "Keterampilan Mediator",
            "jp": 2,
            "minutes": 30,
            "competency": (
                "Menerapkan mendengar aktif, membingkai ulang, dan menggali kepentingan di balik "
                "posisi dalam sesi mediasi, serta menghentikan sesi bila muncul tanda bahaya."
            ),
            "summary": "Teknik inti mediator: mendengar aktif, membingkai ulang, dan mencari kepentingan.",
            "body": [
                ("rich_text", (
                    "<h3>Mendengar aktif</h3>"
                    "<p>Mendengar aktif berarti mendengarkan untuk memahami, bukan untuk menyiapkan "
                    "jawaban. Orang yang merasa didengar biasanya lebih tenang dan lebih mau mendengar "
                    "pihak lain. Caranya:</p>"
                    "<ul>"
                    "<li><b>Perhatian penuh.</b> Letakkan ponsel, tatap lawan bicara secara wajar, dan "
                    "jangan memotong.</li>"
                    "<li><b>Parafrase.</b> Ulangi inti ucapan dengan kata-kata Anda: \"Jadi Ibu merasa "
                    "uang yang dikirim tidak cukup untuk sekolah anak, begitu?\"</li>"
                    "<li><b>Mencerminkan perasaan.</b> \"Kedengarannya Bapak kecewa karena tidak diberi "
                    "kabar.\"</li>"
                    "<li><b>Pertanyaan terbuka.</b> Mulai dengan \"bagaimana\", \"apa\" atau "
                    "\"ceritakan\", bukan pertanyaan yang hanya dijawab ya atau tidak.</li>"
                    "<li><b>Merangkum.</b> Di akhir giliran bicara, rangkum pokok-pokoknya supaya semua "
                    "orang melihat masalah yang sama.</li>"
                    "</ul>"
                    "<h3>Membingkai ulang (reframing)</h3>"
                    "<p>Dalam konflik, orang sering bicara dengan tuduhan. Tugas mediator adalah mengubah "
                    "kalimat yang menyerang menjadi kalimat tentang kebutuhan, tanpa mengubah maknanya. "
                    "Contoh:</p>"
                    "<ul>"
                    "<li>\"Dia itu bapak yang tidak bertanggung jawab!\" menjadi \"Ibu ingin ada kepastian "
                    "bahwa kebutuhan anak terpenuhi setiap bulan.\"</li>"
                    "<li>\"Tetangga itu sengaja cari masalah.\" menjadi \"Bapak ingin bisa beristirahat "
                    "dengan tenang di malam hari.\"</li>"
                    "</ul>"
                    "<p>Membingkai ulang <b>tidak</b> boleh dipakai untuk memperhalus kekerasan. "
                    "\"Dia memukul saya\" tidak boleh dibingkai menjadi \"ada salah paham\".</p>"
                    "<h3>Kepentingan di balik posisi</h3>"
                    "<p><b>Posisi</b> adalah tuntutan yang diucapkan: \"Saya minta dua juta sebulan.\" "
                    "<b>Kepentingan</b> adalah alasan di baliknya: anak bisa sekolah, ibu bisa bekerja, "
                    "ayah ingin tetap dekat dengan anak. Dua posisi sering bertabrakan, tetapi "
                    "kepentingannya bisa bertemu. Tanyakan \"mengapa itu penting bagi Ibu?\" atau \"apa "
                    "yang Bapak khawatirkan?\". Dari kepentingan yang sama, misalnya masa depan anak, "
                    "para pihak lebih mudah menemukan pilihan, seperti pembayaran langsung ke sekolah atau "
                    "jadwal kunjungan yang jelas.</p>"
                    "<h3>Alur sesi mediasi</h3>"
                    "<ol>"
                    "<li><b>Pembukaan:</b> perkenalan, penjelasan peran mediator, prinsip sukarela dan "
                    "rahasia, aturan bicara.</li>"
                    "<li><b>Cerita para pihak:</b> setiap pihak bicara tanpa dipotong.</li>"
                    "<li><b>Menyusun daftar masalah</b> dengan bahasa netral.</li>"
                    "<li><b>Menggali kepentingan dan mencari pilihan.</b></li>"
                    "<li><b>Kesepakatan dan penutup</b>, atau sepakat untuk tidak sepakat.</li>"
                    "</ol>"
                    "<h3>Pertemuan terpisah dan tanda bahaya</h3>"
                    "<p>Mediator boleh bertemu tiap pihak secara terpisah (kaukus). Pertemuan ini sering "
                    "menjadi saat seseorang berani mengungkap kekerasan. Jika muncul cerita kekerasan "
                    "seksual, kekerasan fisik berat, ancaman, atau anak yang tidak aman, <b>hentikan "
                    "mediasi</b>. Jangan konfrontasikan pelaku, jangan ceritakan kepada pihak lain apa yang "
                    "diungkap korban, dan bantu korban menghubungi UPTD PPA atau SAPA 129.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar "
                        "proses peradilan, kecuali terhadap pelaku anak sebagaimana diatur dalam "
                        "undang-undang."
                    ),
                    "note": PARAFRASE + DIVERSI + " Berlaku juga jika kekerasan seksual baru terungkap di tengah "
                            "mediasi perkara lain: mediasi dihentikan, bukan diperluas.",
                }),
                ("content_warning", {
                    "message": "Skenario berikut menyebut kekerasan seksual dan ancaman dalam rumah tangga.",
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Anda memediasi Ibu E dan suaminya tentang uang belanja. "
                        "Dalam pertemuan terpisah, Ibu E menangis dan berkata suaminya sering memaksanya "
                        "berhubungan badan dan mengancam akan membawa pergi anak-anak kalau ia menolak. "
                        "Ia meminta Anda tidak memberi tahu siapa pun.</p>"
                    ),
                    "question": "Apa yang Anda lakukan terhadap sesi mediasi, dan apa yang Anda katakan kepada Ibu E?",
                    "guidance": (
                        "<p>Hentikan mediasi dengan cara yang aman, misalnya menjadwalkan ulang tanpa "
                        "menyebut alasannya kepada suami. Yang diceritakan Ibu E adalah kekerasan seksual "
                        "dan ancaman, yang tidak boleh didamaikan. Katakan bahwa Anda percaya padanya, "
                        "bahwa itu bukan salahnya, dan bahwa ia berhak atas pelindungan dan layanan. "
                        "Jelaskan pilihan: menghubungi UPTD PPA atau SAPA 129, serta 112 jika terancam. "
                        "Hormati keputusannya soal melapor, tetapi jujurlah bahwa Anda tidak bisa "
                        "melanjutkan mediasi. Jangan mengonfrontasi suaminya.</p>"
                    ),
                }),
                ("glossary", {
                    "term": "Posisi",
                    "definition": "Tuntutan atau sikap yang diucapkan seseorang dalam perselisihan.",
                }),
                ("glossary", {
                    "term": "Kepentingan",
                    "definition": (
                        "Kebutuhan, kekhawatiran atau harapan yang mendasari sebuah posisi; kunci untuk "
                        "menemukan jalan keluar bersama."
                    ),
                }),
                ("glossary", {
                    "term": "Kaukus",
                    "definition": "Pertemuan terpisah antara mediator dan satu pihak saja, yang isinya dirahasiakan.",
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Dengarkan untuk memahami: parafrase, cerminkan perasaan, bertanya terbuka, merangkum.",
                        "Bingkai ulang tuduhan menjadi kebutuhan, tetapi jangan pernah memperhalus kekerasan.",
                        "Cari kepentingan di balik posisi; kepentingan bersama membuka pilihan.",
                        "Jika kekerasan seksual, kekerasan berat atau bahaya bagi anak terungkap, hentikan mediasi dan rujuk.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "mekanisme-desa-kelurahan-dan-rujukan",
            "title": "Mekanisme Desa/Kelurahan dan Kapan Merujuk",
            "jp": 2,
            "minutes": 25,
            "competency": (
                "Menjelaskan peran dan batas PATBM dan KRPPA, serta memilih jalur rujukan yang tepat "
                "untuk sebuah kasus."
            ),
            "summary": "Apa yang bisa dan tidak bisa dilakukan mekanisme desa/kelurahan, dan ke mana merujuk.",
            "body": [
                ("rich_text", (
                    "<h3>Mekanisme yang ada di desa dan kelurahan</h3>"
                    "<p><b>PATBM</b> (Perlindungan Anak Terpadu Berbasis Masyarakat) adalah gerakan warga "
                    "yang terdiri dari relawan, kader, tokoh agama dan tokoh masyarakat untuk mencegah "
                    "kekerasan terhadap anak, mengenali tanda-tanda awal, dan menghubungkan anak serta "
                    "keluarganya dengan layanan.</p>"
                    "<p><b>DRPPA/KRPPA</b> (Desa atau Kelurahan Ramah Perempuan dan Peduli Anak) adalah "
                    "upaya agar perencanaan dan anggaran desa atau kelurahan memperhatikan perempuan dan "
                    "anak, termasuk pencegahan kekerasan dan mekanisme pengaduan di tingkat lokal.</p>"
                    "<h3>Apa yang bisa dilakukan</h3>"
                    "<ul>"
                    "<li>Penyuluhan dan pencegahan: kampanye antikekerasan, pengasuhan positif, "
                    "pencegahan perkawinan anak.</li>"
                    "<li>Deteksi dini: mengenali anak yang sering bolos, murung, terluka, atau "
                    "perempuan yang terlihat ketakutan.</li>"
                    "<li>Menerima cerita warga dengan aman, lalu menghubungkannya dengan layanan.</li>"
                    "<li>Mendampingi warga ke UPTD PPA, puskesmas atau kantor polisi.</li>"
                    "<li>Memediasi perselisihan <b>nonpidana</b> yang para pihaknya setara dan aman.</li>"
                    "</ul>"
                    "<h3>Apa yang bukan wewenangnya</h3>"
                    "<ul>"
                    "<li>Menyelidiki, menghukum atau \"mengadili\" pelaku.</li>"
                    "<li>Menutup perkara kekerasan seksual dengan damai, denda adat atau pernikahan. "
                    "UU 12/2022 Pasal 23 melarang penyelesaian di luar pengadilan. Pengecualian untuk "
                    "pelaku anak hanya melalui diversi resmi (butir berikut).</li>"
                    "<li>Menjalankan diversi. Untuk anak yang berkonflik dengan hukum, diversi dijalankan "
                    "oleh aparat penegak hukum dalam sistem peradilan pidana anak. Desa dapat mendukung "
                    "keluarga, tetapi tidak menggantikan proses itu.</li>"
                    "<li>Memindahkan pengasuhan anak atau memutus hak asuh.</li>"
                    "</ul>"
                    "<h3>Jalur rujukan</h3>"
                    "<ul>"
                    "<li><b>UPTD PPA</b> kabupaten/kota: pengaduan, penjangkauan, manajemen kasus, rumah "
                    "aman sementara, mediasi, dan pendampingan korban.</li>"
                    "<li><b>SAPA 129</b>: telepon 129 atau WhatsApp 08111-129-129.</li>"
                    "<li><b>112</b> untuk keadaan darurat, misalnya korban sedang terancam.</li>"
                    "<li><b>Kepolisian</b> (unit yang menangani perempuan dan anak) untuk laporan pidana.</li>"
                    "<li><b>Puskesmas atau rumah sakit</b> untuk luka dan pemeriksaan kesehatan.</li>"
                    "<li><b>Pemberi Bantuan Hukum (PBH)</b> terakreditasi untuk nasihat dan pendampingan "
                    "hukum oleh advokat. Menurut UU 16/2011, PBH dapat merekrut dan melatih paralegal.</li>"
                    "</ul>"
                    "<p>Prinsip sederhana: <b>jika ragu, rujuk</b>. Merujuk bukan berarti desa gagal; "
                    "merujuk berarti desa tahu batasnya dan melindungi warganya.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 7",
                    "text": (
                        "Diversi wajib diupayakan pada tingkat penyidikan, penuntutan dan pemeriksaan "
                        "perkara anak di pengadilan, untuk tindak pidana yang diancam pidana penjara di "
                        "bawah 7 tahun dan bukan pengulangan tindak pidana."
                    ),
                    "note": PARAFRASE + " Diversi adalah proses resmi aparat penegak hukum, bukan "
                            "musyawarah desa.",
                }),
                ("content_warning", {
                    "message": "Kasus berikut menyebut kekerasan fisik terhadap seorang anak.",
                }),
                ("case_study", {
                    "title": "Perkelahian anak yang membuka masalah lain",
                    "body": (
                        "<p>Kasus ini fiktif. Di sebuah kelurahan di Kalimantan Selatan, dua keluarga "
                        "berselisih setelah anak mereka, T (12 tahun) dan D (13 tahun), berkelahi "
                        "sepulang sekolah. Kedua keluarga setuju dimediasi oleh pengurus KRPPA. Luka "
                        "keduanya ringan dan sudah diobati. Saat sesi, pengurus melihat lebam lama di "
                        "lengan T. Ketika diajak bicara terpisah bersama ibunya, T berkata ia sering "
                        "dipukul pamannya yang tinggal serumah \"kalau pulang terlambat\".</p>"
                    ),
                    "questions": [
                        "Bagian mana dari masalah ini yang masih boleh dimediasi, dan bagian mana yang harus dirujuk?",
                        "Ke layanan mana T dirujuk, dan siapa yang menghubunginya?",
                        "Bagaimana pengurus KRPPA menjaga agar cerita T tidak menyebar di kelurahan?",
                    ],
                }),
                ("glossary", {
                    "term": "PATBM",
                    "definition": (
                        "Perlindungan Anak Terpadu Berbasis Masyarakat: gerakan warga untuk mencegah "
                        "kekerasan terhadap anak dan menghubungkan anak dengan layanan."
                    ),
                }),
                ("glossary", {
                    "term": "KRPPA",
                    "definition": (
                        "Kelurahan Ramah Perempuan dan Peduli Anak (di desa disebut DRPPA): kelurahan yang "
                        "memasukkan perlindungan perempuan dan anak ke dalam perencanaan dan layanannya."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "PATBM dan KRPPA kuat di pencegahan, deteksi dini, dan menghubungkan warga ke layanan.",
                        "Desa/kelurahan tidak menyelidiki, menghukum, atau mendamaikan perkara pidana.",
                        "Diversi untuk anak (UU 11/2012 Pasal 7) dijalankan aparat penegak hukum, bukan desa.",
                        "Kenali jalur rujukan: UPTD PPA, SAPA 129, 112, polisi, puskesmas, PBH.",
                        "Jika ragu, rujuk.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "kesepakatan-dan-tindak-lanjut",
            "title": "Mencatat Kesepakatan dan Tindak Lanjut",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Menyusun catatan kesepakatan yang jelas, adil dan tidak menghapus hak siapa pun; "
                "merencanakan tindak lanjut; dan menunjukkan keterampilan mediasi dalam bermain peran "
                "yang dinilai fasilitator."
            ),
            "summary": "Menulis kesepakatan yang baik, menyimpannya dengan aman, dan memantau pelaksanaannya.",
            "body": [
                ("rich_text", (
                    "<h3>Ciri kesepakatan yang baik</h3>"
                    "<p>Kesepakatan yang baik bisa dipahami oleh siapa pun yang membacanya, termasuk para "
                    "pihak setahun kemudian. Gunakan daftar berikut:</p>"
                    "<ul>"
                    "<li><b>Jelas:</b> siapa melakukan apa, berapa, kapan dan bagaimana. \"Ayah "
                    "membayar uang sekolah langsung ke sekolah paling lambat tanggal 10 setiap bulan\" "
                    "lebih baik daripada \"Ayah akan membantu biaya anak\".</li>"
                    "<li><b>Realistis:</b> sesuai kemampuan para pihak, supaya tidak langsung "
                    "dilanggar.</li>"
                    "<li><b>Seimbang dan netral:</b> tidak memuat kata yang menyalahkan atau "
                    "mempermalukan.</li>"
                    "<li><b>Sukarela:</b> dibacakan ulang, dipahami, dan ditandatangani tanpa tekanan. "
                    "Jika ada pihak yang tidak bisa membaca, bacakan dan pastikan ia paham.</li>"
                    "<li><b>Berpusat pada anak:</b> jika menyangkut anak, tanyakan apakah kesepakatan "
                    "itu baik bagi anak, bukan hanya bagi orang dewasa.</li>"
                    "</ul>"
                    "<h3>Yang tidak boleh ada dalam kesepakatan</h3>"
                    "<ul>"
                    "<li>Larangan melapor ke polisi atau mencabut laporan. Hak melapor tidak bisa "
                    "dilepaskan lewat kesepakatan.</li>"
                    "<li>Penyelesaian perkara kekerasan seksual dalam bentuk apa pun: uang damai, denda "
                    "adat, permintaan maaf resmi, atau pernikahan. Perkara itu harus lewat peradilan "
                    "(UU 12/2022 Pasal 23). Bila pelakunya anak, penyelesaian di luar pengadilan hanya "
                    "mungkin melalui diversi resmi oleh penyidik, penuntut umum atau hakim, tidak pernah "
                    "lewat kesepakatan desa.</li>"
                    "<li>Ketentuan yang menghapus hak korban KDRT atas perlindungan, layanan kesehatan "
                    "atau bantuan hukum.</li>"
                    "<li>Keputusan yang merupakan wewenang pengadilan, seperti perceraian atau hak asuh.</li>"
                    "</ul>"
                    "<h3>Menyimpan catatan dengan aman</h3>"
                    "<p>Catatan mediasi berisi data pribadi, dan jika menyangkut anak, data itu termasuk "
                    "data pribadi yang bersifat spesifik menurut UU 27/2022 tentang Pelindungan Data "
                    "Pribadi. Buat hanya dua atau tiga salinan (satu untuk setiap pihak dan satu arsip), "
                    "simpan arsip di lemari terkunci, jangan difoto ke grup WhatsApp, dan tentukan siapa "
                    "saja yang boleh membukanya.</p>"
                    "<h3>Tindak lanjut</h3>"
                    "<p>Sepakati jadwal pemantauan, misalnya dua minggu dan satu bulan setelah "
                    "penandatanganan. Tanyakan kepada masing-masing pihak secara terpisah apakah "
                    "kesepakatan berjalan dan apakah mereka merasa aman. Jika kesepakatan dilanggar, "
                    "tawarkan pertemuan ulang atau rujuk ke UPTD PPA atau PBH. Jika muncul tanda "
                    "kekerasan, tindak lanjut berubah menjadi rujukan.</p>"
                    "<h3>Penilaian bermain peran</h3>"
                    "<p>Di akhir pelatihan, Anda memerankan mediator dalam sebuah kasus fiktif. "
                    "Fasilitator menilai dengan rubrik: (1) pembukaan dan penjelasan prinsip; "
                    "(2) mendengar aktif; (3) membingkai ulang; (4) menggali kepentingan; (5) mengenali "
                    "tanda bahaya dan batas mediasi; (6) kualitas catatan kesepakatan. Menolak "
                    "melanjutkan mediasi ketika muncul tanda bahaya dinilai sebagai keputusan yang "
                    "benar, bukan kegagalan.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 10",
                    "text": (
                        "Korban KDRT berhak atas perlindungan, pelayanan kesehatan sesuai kebutuhan "
                        "medis, penanganan khusus terkait kerahasiaan, pendampingan pekerja sosial dan "
                        "bantuan hukum pada setiap tingkat pemeriksaan, serta bimbingan rohani."
                    ),
                    "note": PARAFRASE + " Kesepakatan mediasi tidak boleh mengurangi hak-hak ini.",
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Sekretaris desa menyerahkan draf kesepakatan antara Ibu K "
                        "dan mantan suaminya tentang biaya hidup anak mereka. Draf itu rapi, tetapi di "
                        "bagian akhir tertulis: \"Pihak Pertama berjanji tidak akan membawa masalah "
                        "rumah tangga ini ke polisi atau lembaga mana pun.\"</p>"
                    ),
                    "question": "Apa yang salah dengan draf ini, dan bagaimana Anda memperbaikinya?",
                    "guidance": (
                        "<p>Kalimat terakhir harus dihapus. Tidak ada kesepakatan yang boleh menghapus hak "
                        "seseorang untuk melapor atau mencari layanan. Tanyakan juga secara terpisah "
                        "kepada Ibu K mengapa kalimat itu muncul: apakah pernah ada kekerasan? Jika ya, "
                        "berhenti dan rujuk. Jika tidak, perbaiki draf agar hanya memuat hal yang "
                        "disepakati, seperti jumlah, tanggal dan cara pembayaran, serta jadwal "
                        "pemantauan.</p>"
                    ),
                }),
                ("glossary", {
                    "term": "Catatan kesepakatan",
                    "definition": (
                        "Dokumen tertulis yang memuat hal-hal yang disepakati para pihak dalam mediasi, "
                        "ditandatangani secara sukarela, dan disimpan dengan aman."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Tulis kesepakatan yang jelas: siapa, apa, berapa, kapan, bagaimana.",
                        "Jangan pernah memuat larangan melapor atau penyelesaian kekerasan seksual.",
                        "Catatan mediasi adalah data pribadi: batasi salinan dan simpan terkunci (UU 27/2022).",
                        "Pantau secara terpisah dengan setiap pihak; tanda kekerasan berarti rujuk.",
                        "Dalam bermain peran, berhenti saat ada tanda bahaya adalah jawaban yang benar.",
                    ],
                }),
            ],
        },
    ],
}
