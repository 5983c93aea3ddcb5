"""Demo course ADV: Advokasi dan Pendampingan Korban (12 JP).

All case studies and scenarios are fictional. Legal references are limited to the facts in
/work/shared/DOMAIN.md; provisions are paraphrased, not quoted.
"""

PARAFRASE = "Parafrase; baca teks resmi undang-undang."

COURSE = {
    "code": "ADV",
    "slug": "advokasi-pendampingan-korban",
    "title": "Advokasi dan Pendampingan Korban",
    "title_en": "Advocacy and victim accompaniment",
    "topic": "advocacy",
    "jp_hours": 12,
    "audience": (
        "Paralegal, relawan SAPA, Satgas PPA, pengurus PATBM/KRPPA dan aparat desa atau kelurahan "
        "yang mendampingi korban kekerasan dan memperjuangkan layanan yang lebih baik di wilayahnya."
    ),
    "summary": (
        "Memetakan pemangku kepentingan, mendampingi korban dari kepolisian sampai pengadilan, "
        "melakukan penyuluhan dan bekerja dengan media secara etis, serta mendokumentasikan kasus "
        "tanpa membuka data pribadi."
    ),
    "intro": (
        "<p>Korban kekerasan jarang bisa menempuh jalan panjang sendirian: melapor, diperiksa, menunggu "
        "berkas, lalu bersaksi di pengadilan. Pendamping membantu korban tahu haknya, tidak merasa "
        "sendirian, dan tidak disakiti lagi oleh proses. Advokasi juga berarti memperbaiki sistem, "
        "supaya korban berikutnya mendapat layanan yang lebih cepat dan lebih baik.</p>"
        "<p>Pelatihan ini memakai kasus fiktif. Jangan membawa cerita atau data kasus nyata ke forum "
        "pelatihan. Sertifikat yang diberikan adalah <b>sertifikat pelatihan</b>, bukan izin atau "
        "sertifikasi paralegal.</p>"
        "<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>"
    ),
    "outcomes": [
        "Peserta mampu membedakan advokasi kasus dan advokasi kebijakan, serta memetakan pemangku kepentingan di wilayahnya.",
        "Peserta mampu mendampingi korban pada tahap kepolisian, kejaksaan dan pengadilan sesuai hak korban dalam UU No. 12 Tahun 2022 dan UU No. 23 Tahun 2004.",
        "Peserta mampu menjelaskan hak atas restitusi dan kepada siapa korban dapat meminta bantuan.",
        "Peserta mampu merancang penyuluhan hukum sederhana dan bekerja dengan media tanpa membuka identitas korban.",
        "Peserta mampu mendokumentasikan kasus untuk advokasi sambil melindungi data pribadi (UU No. 27 Tahun 2022).",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "advokasi-dan-pemetaan-pemangku-kepentingan",
            "title": "Advokasi Kasus, Advokasi Kebijakan dan Pemetaan Pemangku Kepentingan",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Membedakan advokasi kasus dan advokasi kebijakan, serta menyusun peta pemangku "
                "kepentingan beserta peran masing-masing untuk sebuah isu di wilayahnya."
            ),
            "summary": "Dua wajah advokasi dan cara memetakan siapa berperan dalam perlindungan korban.",
            "body": [
                ("rich_text", (
                    "<h3>Apa itu advokasi?</h3>"
                    "<p>Advokasi adalah upaya terencana agar hak seseorang atau sekelompok orang "
                    "dipenuhi oleh pihak yang berwenang. Dalam pekerjaan perlindungan perempuan dan anak, "
                    "ada dua bentuk yang saling melengkapi.</p>"
                    "<p><b>Advokasi kasus</b> memperjuangkan hak satu korban: memastikan laporannya "
                    "diterima, ia diperiksa kesehatan, mendapat rumah aman bila perlu, didampingi saat "
                    "diperiksa, dan kasusnya tidak berhenti di tengah jalan.</p>"
                    "<p><b>Advokasi kebijakan</b> memperbaiki aturan, anggaran atau cara kerja lembaga "
                    "supaya masalah yang sama tidak terulang. Contohnya: anggaran desa untuk transportasi "
                    "korban ke layanan, peraturan desa tentang pencegahan perkawinan anak, atau "
                    "kesepakatan rujukan antara puskesmas dan UPTD PPA.</p>"
                    "<p>Keduanya berhubungan. Pola yang terlihat dari banyak kasus, yang sudah "
                    "dianonimkan, menjadi bahan advokasi kebijakan.</p>"
                    "<h3>Siapa saja pemangku kepentingan?</h3>"
                    "<ul>"
                    "<li><b>DP3A</b> (dinas pemberdayaan perempuan dan perlindungan anak): "
                    "merumuskan program dan anggaran daerah, mengoordinasikan layanan.</li>"
                    "<li><b>UPTD PPA</b>: pengaduan, penjangkauan, manajemen kasus, rumah aman sementara, "
                    "mediasi dan pendampingan korban.</li>"
                    "<li><b>Kepolisian</b> (unit perempuan dan anak): menerima laporan dan menyidik.</li>"
                    "<li><b>Kejaksaan</b>: meneliti berkas, menuntut, dan mengajukan tuntutan "
                    "restitusi.</li>"
                    "<li><b>Pengadilan</b>: pengadilan negeri untuk perkara pidana, pengadilan agama untuk "
                    "perceraian dan hak asuh bagi pasangan muslim.</li>"
                    "<li><b>Layanan kesehatan</b>: puskesmas dan rumah sakit untuk perawatan, pemeriksaan "
                    "dan dukungan psikologis.</li>"
                    "<li><b>Layanan sosial</b>: dinas sosial dan pekerja sosial untuk rehabilitasi dan "
                    "bantuan sosial.</li>"
                    "<li><b>LPSK</b> (Lembaga Perlindungan Saksi dan Korban): perlindungan bagi saksi dan "
                    "korban yang terancam, serta bantuan dalam permohonan restitusi.</li>"
                    "<li><b>Pemerintah desa/kelurahan</b>: anggaran desa, peraturan desa, PATBM dan "
                    "KRPPA.</li>"
                    "<li><b>Pemberi Bantuan Hukum (PBH)</b>: advokat dan paralegal. UU 16/2011 "
                    "memungkinkan PBH merekrut paralegal (Pasal 9 huruf a) dan mewajibkannya melatih "
                    "mereka (Pasal 10 huruf c).</li>"
                    "</ul>"
                    "<h3>Cara memetakan</h3>"
                    "<p>Ambil satu isu, misalnya \"korban di desa kami sulit sampai ke UPTD PPA\". Tulis "
                    "setiap pemangku kepentingan di kertas plano, lalu jawab tiga pertanyaan: <b>Apa "
                    "wewenangnya</b> atas isu ini? <b>Seberapa besar pengaruhnya?</b> <b>Apakah ia "
                    "mendukung, netral atau menolak?</b> Gambarkan dalam kotak empat bagian: pengaruh "
                    "tinggi dan mendukung (ajak jadi sekutu), pengaruh tinggi tetapi belum peduli "
                    "(yakinkan dengan data dan cerita yang dianonimkan), pengaruh rendah tetapi "
                    "mendukung (libatkan dalam kegiatan), serta pengaruh rendah dan belum peduli "
                    "(beri informasi).</p>"
                    "<p>Dari peta itu, tentukan tujuan yang spesifik, pesan utama, siapa yang "
                    "menyampaikan, dan kapan waktunya, misalnya menjelang musyawarah perencanaan "
                    "pembangunan desa.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 81",
                    "text": (
                        "Pemerintah pusat dan pemerintah daerah wajib menyelenggarakan pendidikan dan "
                        "pelatihan tentang penanganan tindak pidana kekerasan seksual bagi tenaga "
                        "layanan, antara lain aparat penegak hukum dan tenaga layanan pemerintah."
                    ),
                    "note": PARAFRASE + " Kewajiban ini bisa menjadi dasar advokasi kebijakan, "
                            "misalnya meminta pelatihan bagi petugas layanan di daerah Anda.",
                }),
                ("case_study", {
                    "title": "Ongkos ke kota yang menghentikan kasus",
                    "body": (
                        "<p>Kasus ini fiktif. Kelompok paralegal di sebuah desa di Kalimantan Selatan "
                        "mencatat bahwa dalam setahun beberapa korban KDRT batal melanjutkan laporan. "
                        "Alasan yang paling sering muncul sama: ongkos perjalanan ke kota kabupaten "
                        "mahal dan tidak ada yang menemani. Kelompok itu memetakan pemangku kepentingan, "
                        "menyiapkan data tanpa nama, lalu berbicara dengan kepala desa, ketua BPD dan "
                        "UPTD PPA. Hasilnya, desa menyediakan pos anggaran kecil untuk transportasi "
                        "pendampingan, dan UPTD PPA menjadwalkan layanan penjangkauan ke kecamatan.</p>"
                    ),
                    "questions": [
                        "Bagian mana dari kisah ini yang termasuk advokasi kasus, dan mana advokasi kebijakan?",
                        "Siapa pemangku kepentingan dengan pengaruh tinggi dalam kasus ini?",
                        "Data apa yang boleh dibawa ke rapat desa, dan data apa yang tidak boleh?",
                    ],
                }),
                ("glossary", {
                    "term": "Advokasi",
                    "definition": (
                        "Upaya terencana agar hak seseorang atau kelompok dipenuhi oleh pihak berwenang, "
                        "baik untuk satu kasus maupun melalui perubahan kebijakan."
                    ),
                }),
                ("glossary", {
                    "term": "Pemangku kepentingan",
                    "definition": (
                        "Lembaga atau orang yang punya wewenang, pengaruh atau kepentingan atas suatu isu."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Advokasi kasus memperjuangkan hak satu korban; advokasi kebijakan memperbaiki sistem.",
                        "Kenali peran DP3A, UPTD PPA, polisi, jaksa, pengadilan, kesehatan, layanan sosial, LPSK, desa dan PBH.",
                        "Petakan pemangku kepentingan menurut pengaruh dan dukungan, lalu pilih strategi untuk masing-masing.",
                        "Bawa pola dan angka yang dianonimkan ke forum kebijakan, bukan cerita yang bisa dikenali.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "pendampingan-di-proses-hukum",
            "title": "Mendampingi Korban di Kepolisian, Kejaksaan dan Pengadilan",
            "jp": 3,
            "minutes": 35,
            "competency": (
                "Mendampingi korban pada setiap tahap proses pidana, menjelaskan hak korban selama "
                "pemeriksaan, dan menyampaikan informasi tentang restitusi."
            ),
            "summary": "Peran pendamping dari laporan polisi sampai putusan, termasuk hak atas restitusi.",
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini membahas pemeriksaan korban kekerasan seksual dan KDRT, termasuk "
                        "pertanyaan yang menyalahkan korban."
                    ),
                }),
                ("rich_text", (
                    "<h3>Peran pendamping</h3>"
                    "<p>Pendamping hadir supaya korban tidak sendirian, memahami apa yang terjadi, dan "
                    "tidak disakiti lagi oleh proses. Pendamping <b>bukan</b> advokat: paralegal tidak "
                    "mewakili korban di persidangan. Jika korban membutuhkan nasihat atau pembelaan "
                    "hukum, hubungkan dengan advokat melalui Pemberi Bantuan Hukum (PBH) atau UPTD PPA.</p>"
                    "<h3>Sebelum melapor</h3>"
                    "<ul>"
                    "<li><b>Keselamatan dulu.</b> Jika korban dalam bahaya, hubungi 112 atau minta "
                    "bantuan UPTD PPA untuk rumah aman.</li>"
                    "<li><b>Keputusan ada pada korban</b> (dan orang tua atau wali jika korban anak). "
                    "Jelaskan pilihan dan akibatnya dengan jujur, tanpa menakut-nakuti.</li>"
                    "<li><b>Kesehatan.</b> Antar korban segera ke puskesmas atau rumah sakit. Sarankan "
                    "agar pakaian dan benda terkait tidak dicuci atau dibuang, dan jangan menghapus "
                    "pesan. Bila pesan memuat foto atau video seksual anak, jangan memotret layar, "
                    "menyimpan atau meneruskannya; catat tautan, nama akun dan waktunya untuk penyidik.</li>"
                    "<li><b>Delik aduan.</b> Untuk pelecehan seksual nonfisik, pelecehan seksual fisik menurut "
                    "Pasal 6 huruf a, dan kekerasan seksual berbasis "
                    "elektronik terhadap korban dewasa tanpa disabilitas, korban sendiri yang memutuskan "
                    "apakah mengadu (UU 12/2022 Pasal 7 dan Pasal 14). Hormati keputusannya.</li>"
                    "</ul>"
                    "<h3>Di kepolisian</h3>"
                    "<p>Korban menyampaikan laporan lalu diperiksa dan keterangannya dicatat dalam Berita "
                    "Acara Pemeriksaan (BAP). Pendamping boleh meminta ruang yang tertutup, waktu "
                    "istirahat, dan pemeriksa perempuan bila korban menginginkannya. Bantu korban membaca "
                    "ulang BAP sebelum menandatangani; korban berhak meminta perbaikan jika ada yang "
                    "keliru. Catat nama penyidik dan nomor laporan, lalu tanyakan perkembangan secara "
                    "berkala.</p>"
                    "<h3>Di kejaksaan</h3>"
                    "<p>Setelah penyidikan, berkas diserahkan ke jaksa penuntut umum. Tahap ini sering "
                    "terasa sunyi bagi korban. Bantu korban menanyakan perkembangan berkas, kapan "
                    "sidang dimulai, dan apakah permohonan restitusinya sudah dimasukkan.</p>"
                    "<h3>Di pengadilan</h3>"
                    "<p>Korban biasanya dipanggil sebagai saksi. Persiapkan korban: siapa yang ada di "
                    "ruang sidang, urutan acara, dan bahwa ia boleh meminta waktu atau mengatakan \"saya "
                    "tidak ingat\". Sidang perkara kesusilaan dan perkara anak pada umumnya tertutup untuk "
                    "umum. Jika korban takut bertemu terdakwa, sampaikan kepada jaksa sebelum sidang.</p>"
                    "<h3>Restitusi</h3>"
                    "<p>UU 12/2022 memberi korban kekerasan seksual hak atas <b>restitusi</b>, yaitu "
                    "ganti kerugian yang dibebankan kepada pelaku, misalnya untuk biaya pengobatan, "
                    "pemulihan psikologis, penghasilan yang hilang, dan penderitaan yang dialami. Jangan "
                    "menunggu sampai sidang: sejak awal, simpan kuitansi dan catatan biaya, lalu tanyakan "
                    "kepada penyidik atau jaksa bagaimana permohonan restitusi diajukan. LPSK dapat "
                    "membantu menghitung kerugian. Restitusi berbeda dari \"uang damai\": restitusi "
                    "diputus pengadilan dan tidak menghentikan perkara.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 26",
                    "text": (
                        "Pendamping korban harus memiliki kompetensi penanganan korban yang berperspektif "
                        "hak asasi manusia dan sensitif gender, serta telah mengikuti pelatihan penanganan "
                        "perkara tindak pidana kekerasan seksual. Pendamping yang berjenis kelamin sama "
                        "dengan korban diutamakan."
                    ),
                    "note": PARAFRASE,
                }),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 67-70",
                    "text": (
                        "Korban berhak atas penanganan, pelindungan dan pemulihan. Hak-hak ini antara "
                        "lain mencakup informasi tentang proses penanganan, layanan hukum, penguatan "
                        "psikologis dan layanan kesehatan, pelindungan dari ancaman dan kekerasan "
                        "berulang, serta kerahasiaan identitas."
                    ),
                    "note": PARAFRASE,
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Anda mendampingi Ibu D yang melaporkan perkosaan. Di "
                        "tengah pemeriksaan, seorang petugas bertanya, \"Kenapa Ibu tidak berteriak? "
                        "Pakaian Ibu waktu itu seperti apa?\" Ibu D terdiam dan mulai gemetar.</p>"
                    ),
                    "question": "Apa yang Anda lakukan saat itu juga, dan sesudahnya?",
                    "guidance": (
                        "<p>Minta jeda dengan sopan dan tenangkan Ibu D di tempat yang lebih tenang. "
                        "Sampaikan kepada pemeriksa bahwa korban berhak diperiksa tanpa pertanyaan yang "
                        "menyalahkan atau merendahkan, dan bahwa korban boleh meminta pemeriksa "
                        "perempuan. Jangan berdebat keras di depan korban. Setelah pemeriksaan, catat apa "
                        "yang terjadi dan laporkan kepada koordinator UPTD PPA atau PBH agar bisa "
                        "disampaikan kepada atasan penyidik. Tegaskan kepada Ibu D bahwa yang terjadi "
                        "bukan salahnya.</p>"
                    ),
                }),
                ("glossary", {
                    "term": "Restitusi",
                    "definition": (
                        "Ganti kerugian yang dibebankan kepada pelaku atau pihak ketiga atas kerugian "
                        "materiil dan imateriil yang diderita korban, diputus oleh pengadilan."
                    ),
                }),
                ("glossary", {
                    "term": "BAP (Berita Acara Pemeriksaan)",
                    "definition": "Catatan resmi keterangan korban, saksi atau tersangka yang dibuat penyidik.",
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Pendamping mendampingi; advokat mewakili. Rujuk ke PBH untuk nasihat dan pembelaan hukum.",
                        "Pendamping perlu kompetensi berperspektif HAM dan gender serta pelatihan TPKS (UU 12/2022 Pasal 26).",
                        "Bantu korban membaca ulang BAP, mencatat nomor laporan, dan memantau perkembangan di setiap tahap.",
                        "Korban berhak atas penanganan, pelindungan dan pemulihan (UU 12/2022 Pasal 67-70).",
                        "Pelecehan seksual nonfisik, pelecehan fisik Pasal 6 huruf a dan kekerasan seksual berbasis elektronik terhadap korban dewasa tanpa disabilitas adalah delik aduan: korban yang memutuskan (UU 12/2022 Pasal 7, 14).",
                        "Siapkan restitusi sejak awal; restitusi bukan uang damai dan tidak menghentikan perkara.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "penyuluhan-hukum-dan-media",
            "title": "Penyuluhan Hukum dan Kerja Etis dengan Media",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Merancang sesi penyuluhan hukum untuk warga dan menangani permintaan media tanpa "
                "membuka identitas korban atau anak."
            ),
            "summary": "Menyampaikan hukum dengan bahasa warga, dan melindungi identitas korban di media.",
            "body": [
                ("rich_text", (
                    "<h3>Penyuluhan hukum yang didengar warga</h3>"
                    "<p>Penyuluhan hukum bertujuan agar warga tahu haknya, tahu ke mana melapor, dan "
                    "berani mencari bantuan. Penyuluhan yang baik bukan ceramah panjang tentang pasal, "
                    "melainkan percakapan yang dekat dengan kehidupan warga.</p>"
                    "<ol>"
                    "<li><b>Tentukan sasaran.</b> Ibu-ibu pengajian, karang taruna, orang tua murid dan "
                    "perangkat RT membutuhkan pesan yang berbeda.</li>"
                    "<li><b>Pilih dua atau tiga pesan kunci.</b> Terlalu banyak pesan membuat semuanya "
                    "terlupa.</li>"
                    "<li><b>Gunakan metode yang hidup:</b> cerita fiktif, gambar, permainan peran, "
                    "tanya jawab, dan bahasa daerah bila perlu.</li>"
                    "<li><b>Atur waktu dan tempat</b> yang memudahkan perempuan hadir, misalnya setelah "
                    "kegiatan posyandu.</li>"
                    "<li><b>Siapkan rujukan.</b> Penyuluhan sering membuat seseorang ingin bercerita. "
                    "Sediakan tempat bicara empat mata dan kontak layanan.</li>"
                    "</ol>"
                    "<p>Pesan kunci yang hampir selalu relevan:</p>"
                    "<ul>"
                    "<li>Kekerasan seksual tidak boleh diselesaikan dengan damai di luar pengadilan "
                    "(UU 12/2022 Pasal 23). Pengecualian untuk pelaku anak hanya melalui diversi resmi "
                    "oleh penyidik, penuntut umum atau hakim, bukan oleh desa.</li>"
                    "<li>KDRT mencakup kekerasan fisik, psikis, seksual dan penelantaran (UU 23/2004).</li>"
                    "<li>Hubungi <b>SAPA 129</b> (telepon 129, WhatsApp 08111-129-129), UPTD PPA, atau "
                    "<b>112</b> dalam keadaan darurat.</li>"
                    "</ul>"
                    "<p>Jangan pernah memakai kasus nyata warga sebagai contoh, sekalipun tanpa nama. Di "
                    "kampung, orang mudah menebak siapa yang dimaksud.</p>"
                    "<h3>Bekerja dengan media</h3>"
                    "<p>Media dapat membantu advokasi: mendorong aparat bertindak, atau mengangkat "
                    "kebutuhan layanan. Tetapi pemberitaan yang ceroboh bisa membuat korban dikucilkan, "
                    "pindah sekolah, bahkan terancam. Identitas anak dilindungi dari publikasi menurut "
                    "UU 35/2014, dan UU 11/2012 Pasal 19 mewajibkan identitas anak, anak korban dan anak "
                    "saksi dirahasiakan dalam pemberitaan, dengan ancaman pidana bagi yang melanggar. "
                    "Kode Etik Jurnalistik juga meminta wartawan tidak menyebut identitas korban "
                    "kejahatan susila.</p>"
                    "<p>Saat wartawan menghubungi Anda:</p>"
                    "<ul>"
                    "<li>Jangan memberikan nama, inisial yang mudah ditebak, alamat, nama sekolah, tempat "
                    "kerja, nama orang tua, foto, atau video korban dan keluarganya.</li>"
                    "<li>Jangan menceritakan rincian kekerasan. Fokuskan pada hak korban dan layanan yang "
                    "tersedia.</li>"
                    "<li>Bicara hanya jika Anda ditunjuk lembaga Anda sebagai narasumber, dan atas "
                    "persetujuan korban atau walinya.</li>"
                    "<li>Jika ada berita yang membuka identitas, minta redaksi mengoreksi dan laporkan "
                    "kepada koordinator Anda.</li>"
                    "</ul>"
                    "<p>Aturan yang sama berlaku untuk media sosial dan grup WhatsApp warga. Unggahan "
                    "\"simpati\" yang menyebut nama desa, RT dan umur korban tetap membuka "
                    "identitasnya.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 19",
                    "text": (
                        "Identitas anak, anak korban dan/atau anak saksi wajib dirahasiakan dalam "
                        "pemberitaan di media cetak maupun elektronik. Identitas itu meliputi nama anak, "
                        "nama orang tua, alamat, wajah, dan hal lain yang dapat mengungkap jati diri "
                        "anak."
                    ),
                    "note": PARAFRASE + " Pelanggaran kewajiban ini diancam pidana.",
                }),
                ("content_warning", {
                    "message": "Kasus berikut menyebut kekerasan seksual terhadap seorang anak.",
                }),
                ("case_study", {
                    "title": "Berita yang hampir terbit",
                    "body": (
                        "<p>Kasus ini fiktif. Anak G (14 tahun) di sebuah desa di Kalimantan Selatan "
                        "menjadi korban kekerasan seksual dan kasusnya sedang disidik polisi. Seorang "
                        "pengelola portal berita lokal menghubungi Anda. Ia sudah menulis draf berjudul "
                        "\"Siswi SMP di Desa X Dicabuli Tetangga\", lengkap dengan nama dusun, nama "
                        "sekolah dan foto rumah korban yang wajahnya diburamkan. Ia meminta komentar "
                        "Anda \"supaya beritanya berimbang\".</p>"
                    ),
                    "questions": [
                        "Unsur apa saja dalam draf itu yang dapat membuka identitas anak G?",
                        "Apa yang Anda sampaikan kepada pengelola portal, dan dasar hukum apa yang Anda sebut?",
                        "Pesan apa yang boleh Anda berikan agar berita justru membantu warga lain?",
                        "Kepada siapa Anda melaporkan kejadian ini di lembaga Anda?",
                    ],
                }),
                ("glossary", {
                    "term": "Penyuluhan hukum",
                    "definition": (
                        "Kegiatan menyampaikan informasi hukum kepada warga agar mereka memahami hak dan "
                        "kewajibannya serta tahu ke mana mencari bantuan."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Penyuluhan efektif: sasaran jelas, dua-tiga pesan kunci, metode yang hidup, dan rujukan siap.",
                        "Jangan memakai kasus nyata warga sebagai contoh penyuluhan.",
                        "Identitas anak wajib dirahasiakan dalam pemberitaan (UU 11/2012 Pasal 19); pelanggaran diancam pidana.",
                        "Identitas mencakup nama, orang tua, alamat, wajah, sekolah dan detail lain yang membuat korban dapat dikenali.",
                        "Fokuskan pesan media pada hak korban dan layanan, bukan rincian kekerasan.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "dokumentasi-kasus-dan-data-pribadi",
            "title": "Mendokumentasikan Kasus dan Melindungi Data Pribadi",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Mendokumentasikan kasus untuk keperluan pendampingan dan advokasi, menganonimkan data "
                "dengan benar, dan menangani kebocoran data sesuai UU No. 27 Tahun 2022."
            ),
            "summary": "Mencatat yang perlu, menyimpan dengan aman, dan membagikan hanya data yang dianonimkan.",
            "body": [
                ("rich_text", (
                    "<h3>Mengapa mendokumentasikan?</h3>"
                    "<p>Catatan yang rapi membantu korban: kronologi tidak perlu diceritakan ulang "
                    "berkali-kali, janji layanan bisa ditagih, dan hambatan bisa dibuktikan. Catatan yang "
                    "dikumpulkan dari banyak kasus juga menjadi bahan advokasi kebijakan. Namun catatan "
                    "yang bocor bisa mempermalukan dan membahayakan korban.</p>"
                    "<h3>Dua jenis dokumen</h3>"
                    "<ul>"
                    "<li><b>Berkas kasus</b>: kronologi, layanan yang diberikan, rujukan, dan perkembangan "
                    "proses hukum. Berkas ini memuat identitas, sehingga disimpan oleh lembaga yang "
                    "menangani (UPTD PPA atau PBH), bukan di rumah atau ponsel pribadi pendamping. "
                    "Pencatatan resmi kasus di UPTD PPA dilakukan petugas berwenang, misalnya melalui "
                    "SIMFONI-PPA; dalam pelatihan, sistem ini hanya diperkenalkan dengan contoh "
                    "tiruan.</li>"
                    "<li><b>Data advokasi</b>: angka dan pola, misalnya \"enam korban tahun ini batal "
                    "melapor karena ongkos\". Data ini harus <b>dianonimkan</b> sebelum dibawa ke rapat "
                    "atau laporan.</li>"
                    "</ul>"
                    "<h3>Apa kata UU 27/2022?</h3>"
                    "<p>Undang-Undang Pelindungan Data Pribadi Pasal 4 ayat (2) menyebut golongan data "
                    "pribadi yang bersifat spesifik dalam daftar tertutup: data dan informasi kesehatan, "
                    "data biometrik, data genetika, catatan kejahatan, data anak, data keuangan pribadi, dan "
                    "data lain yang ditetapkan peraturan perundang-undangan. Dalam berkas kasus, hasil visum "
                    "dan catatan pemeriksaan adalah data kesehatan, seluruh berkas anak korban adalah data "
                    "anak, dan catatan pidana pelaku adalah catatan kejahatan. Tidak ada golongan khusus "
                    "untuk kasus kekerasan, tetapi cerita kekerasan yang dialami korban dewasa tetap wajib "
                    "dirahasiakan: UU TPKS dan UU PKDRT menjamin kerahasiaan korban. Artinya:</p>"
                    "<ul>"
                    "<li>Kumpulkan hanya data yang benar-benar dibutuhkan untuk tujuan yang jelas.</li>"
                    "<li>Setiap pemrosesan data harus punya dasar yang sah (Pasal 20). UPTD PPA memproses "
                    "data kasus karena tugas dan kewenangannya menurut peraturan perundang-undangan; "
                    "persetujuan korban adalah salah satu dasar, bukan satu-satunya. Tetap jelaskan kepada "
                    "korban, atau orang tua/wali yang bukan pelaku bila korban anak, data apa yang dicatat "
                    "dan untuk apa, dan mintalah persetujuannya untuk hal di luar penanganan kasus, misalnya "
                    "memakai ceritanya untuk advokasi.</li>"
                    "<li>Jaga keamanannya dan batasi siapa yang boleh membuka.</li>"
                    "<li>Jika terjadi kebocoran, lembaga yang memegang data wajib memberi tahu <b>secara "
                    "tertulis paling lambat 3 x 24 jam</b> kepada orang yang datanya bocor dan kepada "
                    "lembaga penyelenggara pelindungan data pribadi (Pasal 46 ayat (1)). Pemberitahuan "
                    "kepada korban tidak boleh dilewati; rencanakan cara yang aman untuk menyampaikannya. "
                    "Karena itu, laporkan kebocoran segera kepada koordinator Anda.</li>"
                    "<li>Hapus data jika tujuannya sudah selesai atau atas permintaan yang bersangkutan, "
                    "sesuai aturan lembaga.</li>"
                    "</ul>"
                    "<h3>Kebiasaan aman sehari-hari</h3>"
                    "<ul>"
                    "<li>Jangan memotret korban, lukanya, atau dokumennya dengan ponsel pribadi. "
                    "Dokumentasi luka dilakukan tenaga kesehatan.</li>"
                    "<li>Jangan membagikan data kasus di grup WhatsApp, termasuk grup Satgas atau "
                    "relawan. Gunakan kode kasus, bukan nama.</li>"
                    "<li>Simpan berkas kertas di lemari terkunci; kunci perangkat dengan kata sandi.</li>"
                    "<li>Jangan mengunggah data kasus nyata ke Pelita atau platform pelatihan mana pun. "
                    "Pelita tidak menyimpan catatan kasus; semua latihan memakai kasus fiktif.</li>"
                    "</ul>"
                    "<h3>Daftar periksa anonimisasi</h3>"
                    "<p>Sebelum membagikan data atau cerita untuk advokasi, hapus: nama dan inisial "
                    "asli, nama orang tua, alamat, nama dusun atau RT, sekolah, tempat kerja, foto, "
                    "tanggal kejadian yang persis, dan ciri khas yang membuat orang bisa ditebak. Di "
                    "wilayah kecil, gabungkan angka ke tingkat kecamatan atau kabupaten.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
                    "article": "Pasal 4 ayat (2), Pasal 20 dan Pasal 46 ayat (1)",
                    "text": (
                        "Data pribadi yang bersifat spesifik meliputi data dan informasi kesehatan, data "
                        "biometrik, data genetika, catatan kejahatan, data anak, data keuangan pribadi, dan "
                        "data lain sesuai peraturan perundang-undangan (Pasal 4 ayat (2)). Pemrosesan data "
                        "pribadi harus punya dasar yang sah, antara lain persetujuan, kewajiban hukum, "
                        "pelindungan kepentingan vital subjek data, atau pelaksanaan tugas pelayanan publik "
                        "dan kewenangan berdasarkan peraturan perundang-undangan (Pasal 20). Bila terjadi "
                        "kegagalan pelindungan data pribadi, pengendali data wajib menyampaikan pemberitahuan "
                        "tertulis paling lambat 3 x 24 jam kepada subjek data pribadi dan kepada lembaga "
                        "(Pasal 46 ayat (1))."
                    ),
                    "note": PARAFRASE + " Data juga dihapus bila tujuannya selesai atau atas permintaan "
                            "subjek data, sesuai ketentuan undang-undang.",
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Seorang anggota grup WhatsApp Satgas PPA kecamatan "
                        "mengunggah foto formulir pengaduan seorang korban KDRT, lengkap dengan nama, "
                        "alamat dan nomor teleponnya, dengan pesan \"Mohon dibantu pantau, ya.\" Grup itu "
                        "beranggotakan 60 orang.</p>"
                    ),
                    "question": "Langkah apa yang Anda ambil, dan dalam urutan apa?",
                    "guidance": (
                        "<p>Minta pengunggah segera menghapus foto untuk semua anggota, dan minta anggota "
                        "lain menghapus salinan yang mungkin terunduh. Laporkan kejadian ini saat itu juga "
                        "kepada koordinator Satgas atau UPTD PPA, karena lembaga harus menilai kebocoran "
                        "dan memberi tahu secara tertulis dalam 3 x 24 jam, kepada korban dan kepada lembaga "
                        "penyelenggara pelindungan data pribadi. Korban tidak boleh dilewati: rencanakan "
                        "bersama UPTD PPA cara yang aman untuk memberitahunya, misalnya lewat petugas yang ia "
                        "kenal dan bukan lewat nomor yang mungkin dibuka pelaku, dan nilai apakah "
                        "keselamatannya terancam. Setelah itu, sepakati "
                        "aturan grup: tidak ada nama, foto atau dokumen korban; gunakan kode kasus.</p>"
                    ),
                }),
                ("glossary", {
                    "term": "Data pribadi spesifik",
                    "definition": (
                        "Golongan data pribadi dalam UU No. 27 Tahun 2022 Pasal 4 ayat (2), misalnya data "
                        "kesehatan, data anak dan catatan kejahatan, yang dapat menimbulkan dampak besar bila "
                        "bocor sehingga wajib dilindungi lebih ketat."
                    ),
                }),
                ("glossary", {
                    "term": "Anonimisasi",
                    "definition": (
                        "Menghapus atau mengubah semua keterangan yang dapat membuat seseorang dikenali, "
                        "sehingga data aman dibagikan untuk advokasi."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Bedakan berkas kasus (beridentitas, disimpan lembaga) dan data advokasi (dianonimkan).",
                        "Visum adalah data kesehatan dan berkas anak adalah data anak: data pribadi spesifik (UU 27/2022 Pasal 4 ayat (2)); kumpulkan seperlunya dan simpan aman.",
                        "UPTD PPA memproses data kasus berdasarkan tugas dan kewenangannya (Pasal 20); persetujuan hanyalah salah satu dasar.",
                        "Kebocoran dilaporkan segera; lembaga wajib memberi tahu korban dan lembaga penyelenggara pelindungan data pribadi secara tertulis dalam 3 x 24 jam.",
                        "Tidak ada data korban di grup WhatsApp atau ponsel pribadi; gunakan kode kasus.",
                        "Pelita tidak menyimpan catatan kasus; latihan hanya memakai kasus fiktif.",
                    ],
                }),
            ],
        },
    ],
}
