"""Demo course MK: integrated case management from complaint to recovery (20 JP). Case studies are fictional."""

COURSE = {
    "code": "MK",
    "slug": "manajemen-kasus-terpadu",
    "title": "Manajemen Kasus Terpadu",
    "title_en": "Integrated case management: from complaint to recovery",
    "topic": "case_management",
    "jp_hours": 20,
    "audience": (
        "Petugas UPTD PPA, pekerja sosial, psikolog, paralegal dan aktivis desa yang menangani kasus "
        "kekerasan terhadap perempuan dan anak, dari pengaduan sampai pemulihan."
    ),
    "summary": (
        "Alur manajemen kasus terpadu: pengaduan, identifikasi risiko, rencana keselamatan, asesmen, "
        "konferensi kasus, rujukan, pemantauan sampai terminasi, serta pencatatan yang menjaga kerahasiaan."
    ),
    "intro": (
        "<p>Korban kekerasan hampir selalu membutuhkan lebih dari satu layanan. Tanpa koordinasi, korban "
        "berpindah dari satu kantor ke kantor lain, mengulang ceritanya, dan banyak yang akhirnya menyerah. "
        "Kursus ini mengajarkan manajemen kasus terpadu: cara kerja yang menata semua layanan di sekitar "
        "korban, dari pengaduan pertama sampai korban pulih dan layanan diakhiri dengan aman.</p>"
        "<p>Kursus terdiri atas enam modul (20 JP) dan ditutup dengan simulasi konferensi kasus lintas "
        "lembaga. <b>Semua kasus dalam kursus ini fiktif.</b> SIMFONI-PPA hanya dibahas dengan contoh tiruan "
        "(mock-up); jangan memasukkan data kasus nyata ke dalam latihan apa pun.</p>"
        "<p>Materi ini membahas kekerasan. Jika ada bagian yang terasa berat, berhentilah sejenak. Layanan "
        "pengaduan: SAPA 129 (telepon 129, WhatsApp 08111-129-129); keadaan darurat: 112.</p>"
        "<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>"
    ),
    "outcomes": [
        "Peserta mampu menjelaskan enam fungsi layanan UPTD PPA dan memilih jalur rujukan yang sesuai "
        "kebutuhan korban.",
        "Peserta mampu menerima pengaduan, mengidentifikasi risiko dan menyusun rencana keselamatan bersama "
        "korban.",
        "Peserta mampu menyusun asesmen dan rencana intervensi layanan serta memfasilitasi konferensi kasus "
        "lintas lembaga.",
        "Peserta mampu memantau kasus, menentukan terminasi dan mendukung reintegrasi dengan mengutamakan "
        "kepentingan terbaik anak.",
        "Peserta mampu mencatat kasus secara akurat dan menjaga kerahasiaan data korban.",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "fungsi-layanan-uptd-ppa-dan-rujukan",
            "title": "Fungsi Layanan UPTD PPA dan Jalur Rujukan",
            "jp": 4,
            "minutes": 35,
            "competency": (
                "Menjelaskan enam fungsi layanan UPTD PPA, batas penggunaan mediasi, dan memilih rujukan yang "
                "tepat bagi kebutuhan korban."
            ),
            "summary": (
                "Enam fungsi layanan UPTD PPA, mengapa mediasi tidak boleh dipakai untuk kekerasan seksual, "
                "dan cara merujuk korban ke mitra layanan."
            ),
            "body": [
                ("rich_text", (
                    "<p>Korban kekerasan biasanya membutuhkan beberapa layanan sekaligus: pengobatan, rasa "
                    "aman, pendampingan hukum, pemulihan psikologis, kadang tempat tinggal dan penghasilan. "
                    "Manajemen kasus terpadu memastikan semua kebutuhan itu ditangani secara tertata, dengan "
                    "satu manajer kasus yang memegang benang merah dari pengaduan sampai pemulihan.</p>"
                    "<h3>Enam fungsi layanan UPTD PPA</h3>"
                    "<p>UPTD PPA (Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak) di provinsi "
                    "dan kabupaten/kota menjalankan enam fungsi layanan:</p>"
                    "<ol>"
                    "<li><b>Pengaduan masyarakat.</b> Menerima laporan langsung, lewat telepon atau pesan, "
                    "rujukan lembaga lain, atau SAPA 129 (telepon 129, WhatsApp 08111-129-129).</li>"
                    "<li><b>Penjangkauan korban.</b> Mendatangi korban yang tidak bisa atau tidak berani "
                    "datang, misalnya di rumah, sekolah atau rumah sakit.</li>"
                    "<li><b>Pengelolaan kasus.</b> Asesmen, perencanaan layanan, koordinasi rujukan, "
                    "pemantauan dan terminasi. Inilah inti kursus ini.</li>"
                    "<li><b>Penampungan sementara.</b> Tempat aman bagi korban yang terancam bila pulang.</li>"
                    "<li><b>Mediasi.</b> Membantu para pihak mencapai kesepakatan dalam perkara tertentu, "
                    "misalnya pengasuhan atau nafkah anak. Mediasi <b>tidak boleh</b> dipakai untuk perkara "
                    "kekerasan seksual (lihat kotak di bawah), dan tidak tepat bila ada ketimpangan kuasa "
                    "yang berat atau keselamatan korban dan anak terancam. Mediasi juga tidak pernah "
                    "menggantikan hak korban untuk melapor.</li>"
                    "<li><b>Pendampingan korban.</b> Menemani korban di kepolisian, kejaksaan, pengadilan, "
                    "fasilitas kesehatan dan layanan lain.</li>"
                    "</ol>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar proses "
                        "peradilan, kecuali terhadap pelaku anak sebagaimana diatur dalam undang-undang."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Jadi “damai”, uang damai atau menikahkan "
                        "korban dengan pelaku tidak menghentikan perkara. Untuk pelaku anak berlaku UU No. 11 "
                        "Tahun 2012 (SPPA): diversi wajib diupayakan bila ancaman pidananya di bawah 7 tahun "
                        "dan bukan pengulangan tindak pidana (Pasal 7), dan dijalankan oleh penyidik, penuntut "
                        "umum atau hakim, bukan oleh UPTD PPA, paralegal atau musyawarah desa."
                    ),
                }),
                ("glossary", {
                    "term": "Manajemen kasus",
                    "definition": (
                        "Proses yang terencana dan terkoordinasi untuk menilai kebutuhan korban, menyusun rencana "
                        "layanan bersama korban, menghubungkan korban dengan layanan, memantau kemajuan, dan "
                        "mengakhiri layanan dengan aman."
                    ),
                }),
                ("rich_text", (
                    "<h3>Jalur rujukan</h3>"
                    "<p>UPTD PPA tidak bekerja sendiri. Kenali mitra di daerah Anda, termasuk kontak yang bisa "
                    "dihubungi di luar jam kerja:</p>"
                    "<ul>"
                    "<li><b>Kepolisian</b> (unit PPA di Polres): laporan polisi, penyidikan, dan perlindungan "
                    "sementara bagi korban KDRT, yang wajib diberikan dalam 1 x 24 jam sejak polisi mengetahui "
                    "atau menerima laporan (UU No. 23 Tahun 2004 Pasal 16).</li>"
                    "<li><b>Layanan kesehatan</b> (puskesmas, rumah sakit): pengobatan, pemeriksaan, pencegahan "
                    "kehamilan dan infeksi menular seksual, visum. Pada kekerasan seksual, rujuk secepat "
                    "mungkin karena sebagian tindakan pencegahan hanya efektif dalam beberapa hari.</li>"
                    "<li><b>Pekerja sosial</b> (Dinas Sosial): asesmen sosial, bantuan sosial, pengasuhan "
                    "alternatif bagi anak.</li>"
                    "<li><b>Psikolog:</b> asesmen dan pemulihan psikologis.</li>"
                    "<li><b>LPSK</b> (Lembaga Perlindungan Saksi dan Korban): perlindungan bagi saksi dan korban "
                    "yang terancam, dan bantuan lain sesuai kewenangannya.</li>"
                    "<li><b>Bantuan hukum:</b> advokat dan paralegal dari pemberi bantuan hukum.</li>"
                    "</ul>"
                    "<h3>Prinsip rujukan yang baik</h3>"
                    "<ul>"
                    "<li><b>Dengan persetujuan korban</b>, atau orang tua/wali bagi anak, kecuali orang tua/wali "
                    "itu terlibat sebagai pelaku.</li>"
                    "<li><b>Rujukan hangat:</b> hubungi lembaga tujuan lebih dulu, kirim ringkasan seperlunya, "
                    "dan antar korban bila perlu.</li>"
                    "<li><b>Informasi secukupnya:</b> kirim hanya data yang dibutuhkan lembaga tujuan, lewat "
                    "jalur yang aman.</li>"
                    "<li><b>Tindak lanjut:</b> pastikan rujukan diterima dan catat hasilnya. Merujuk tidak "
                    "berarti kasus berpindah tangan; manajer kasus tetap memantau.</li>"
                    "</ul>"
                )),
                ("glossary", {
                    "term": "Rujukan hangat",
                    "definition": (
                        "Rujukan yang dilakukan dengan menghubungi lembaga tujuan lebih dulu, menyampaikan "
                        "informasi yang perlu dengan persetujuan korban, dan memastikan korban benar-benar "
                        "diterima, bukan sekadar memberi alamat."
                    ),
                }),
                ("content_warning", {
                    "message": "Studi kasus berikut menggambarkan kekerasan dalam rumah tangga, termasuk cekikan.",
                }),
                ("case_study", {
                    "title": "Peta rujukan untuk Ibu S",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Ibu S (35 tahun), dari sebuah desa di "
                        "sebuah kabupaten di Nusa Tenggara, datang ke UPTD PPA diantar seorang kader. Lengannya "
                        "memar. Ia bercerita sudah bertahun-tahun dipukul suaminya, dan semalam ia dicekik. Dua "
                        "anaknya (9 dan 6 tahun) menyaksikan kejadian itu. Ibu S tidak punya penghasilan, dan "
                        "suaminya mengancam akan mengambil anak-anak bila ia melapor. Kepala dusun menyarankan "
                        "agar masalah ini “diselesaikan secara kekeluargaan”.</p>"
                    ),
                    "questions": [
                        "Layanan apa saja yang dibutuhkan Ibu S dan kedua anaknya? Susun urutannya.",
                        "Lembaga mana yang Anda hubungi hari ini, dan mana yang bisa menunggu?",
                        "Bagaimana Anda menanggapi saran kepala dusun, mengingat hak Ibu S untuk melapor dan bahwa kekerasan fisik dalam rumah tangga adalah delik biasa?",
                        "Apa risikonya bila rujukan hanya berupa secarik kertas berisi alamat?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Enam fungsi layanan UPTD PPA: pengaduan, penjangkauan, pengelolaan kasus, penampungan "
                        "sementara, mediasi, pendampingan korban.",
                        "Perkara kekerasan seksual tidak boleh dimediasi atau didamaikan; pengecualian pelaku anak "
                        "hanya melalui diversi resmi oleh penyidik, penuntut umum atau hakim (UU No. 12 Tahun 2022 Pasal 23).",
                        "Mediasi tidak pernah menggantikan hak korban untuk melapor.",
                        "Mitra rujukan utama: kepolisian, layanan kesehatan, pekerja sosial, psikolog, LPSK, "
                        "bantuan hukum.",
                        "Rujukan yang baik: dengan persetujuan, hangat, informasi secukupnya, dan ditindaklanjuti.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "pengaduan-risiko-dan-rencana-keselamatan",
            "title": "Penerimaan Pengaduan, Identifikasi Risiko dan Rencana Keselamatan",
            "jp": 4,
            "minutes": 35,
            "competency": (
                "Menerima pengaduan dengan aman, mengenali tanda risiko tinggi, mengambil tindakan darurat, "
                "dan menyusun rencana keselamatan bersama korban."
            ),
            "summary": (
                "Langkah menerima pengaduan, tanda bahaya yang harus ditanyakan, respons darurat, dan cara "
                "menyusun rencana keselamatan bersama korban."
            ),
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini membahas ancaman pembunuhan, cekikan dan risiko bunuh diri sebagai bagian "
                        "dari penilaian risiko."
                    ),
                }),
                ("rich_text", (
                    "<p>Pengaduan pertama adalah pintu. Jika pintu ini terasa aman, korban akan kembali. Pada "
                    "tahap ini tujuan utamanya bukan mengumpulkan cerita lengkap, melainkan memastikan korban "
                    "aman, memahami kebutuhan mendesaknya, dan menyepakati langkah berikutnya.</p>"
                    "<h3>Langkah penerimaan pengaduan</h3>"
                    "<ol>"
                    "<li><b>Pastikan keselamatan saat ini.</b> “Apakah Ibu aman sekarang? Apakah pelaku ada "
                    "di dekat Ibu?” Lewat telepon, tanyakan apakah korban bisa bicara dengan leluasa, dan "
                    "sepakati cara aman untuk menghubunginya kembali.</li>"
                    "<li><b>Perkenalkan diri dan jelaskan layanan</b>, termasuk kerahasiaan dan batasnya: bila "
                    "nyawa seseorang atau keselamatan anak terancam, petugas wajib bertindak.</li>"
                    "<li><b>Jelaskan apa yang dicatat dan untuk apa</b>, lalu <b>minta persetujuan</b> korban "
                    "atas layanan yang akan diberikan dan sebelum informasinya dibagikan ke lembaga lain. "
                    "Pencatatan kasus sendiri adalah bagian dari tugas UPTD PPA (lihat Modul 5). Untuk anak, "
                    "libatkan orang tua atau wali yang bukan pelaku, dan tetap dengarkan pendapat anak.</li>"
                    "<li><b>Kumpulkan informasi pokok:</b> siapa korban, apa yang terjadi secara garis besar, "
                    "kapan terakhir terjadi, siapa terduga pelaku dan hubungannya dengan korban, siapa lagi yang "
                    "berisiko, apa kebutuhan mendesaknya. Jangan jadikan pengaduan sebagai interogasi.</li>"
                    "<li><b>Sepakati langkah berikutnya</b> dan catat pada formulir pengaduan lembaga.</li>"
                    "</ol>"
                    "<h3>Identifikasi risiko</h3>"
                    "<p>Tanda-tanda berikut menunjukkan risiko kekerasan berat, bahkan kematian. Tanyakan "
                    "secara langsung dan tenang:</p>"
                    "<ul>"
                    "<li>Ancaman membunuh korban, anak, atau diri pelaku sendiri.</li>"
                    "<li>Pernah dicekik, atau diserang dengan senjata tajam.</li>"
                    "<li>Kekerasan makin sering atau makin berat akhir-akhir ini.</li>"
                    "<li>Korban baru berpisah atau berencana meninggalkan pelaku.</li>"
                    "<li>Korban sedang hamil, atau anak juga mengalami kekerasan.</li>"
                    "<li>Pelaku mengurung korban atau menguasai uang dan ponselnya.</li>"
                    "<li>Korban berpikir untuk mengakhiri hidupnya.</li>"
                    "</ul>"
                    "<p>Pada kekerasan seksual terhadap anak, pertanyaan terpenting adalah apakah anak masih "
                    "serumah dengan, atau mudah dijangkau oleh, terduga pelaku.</p>"
                    "<h3>Respons darurat</h3>"
                    "<p>Bila risikonya tinggi atau bahaya sedang berlangsung: hubungi 112 atau kepolisian, bawa "
                    "korban yang terluka ke fasilitas kesehatan, dan tawarkan penampungan sementara. Jangan "
                    "menunda tindakan darurat demi melengkapi formulir. Laporkan segera kepada atasan.</p>"
                )),
                ("glossary", {
                    "term": "Rencana keselamatan",
                    "definition": (
                        "Rencana tertulis yang disusun bersama korban tentang apa yang akan ia lakukan untuk "
                        "melindungi diri dan anaknya bila bahaya muncul: tanda bahaya, tempat berlindung, orang "
                        "yang dihubungi, dokumen dan barang penting, serta nomor darurat."
                    ),
                }),
                ("rich_text", (
                    "<h3>Menyusun rencana keselamatan bersama korban</h3>"
                    "<p>Rencana keselamatan disusun bersama korban, bukan untuk korban. Korbanlah yang paling "
                    "memahami pola pelaku dan keadaannya. Hal yang biasa dibahas:</p>"
                    "<ul>"
                    "<li>Tanda bahaya sebelum kekerasan terjadi, dan ke mana korban bisa pergi saat itu.</li>"
                    "<li>Orang yang dapat dihubungi dan kata sandi rahasia untuk minta tolong.</li>"
                    "<li>Nomor penting yang dihafal: 112, SAPA 129, nomor petugas UPTD PPA.</li>"
                    "<li>Tas darurat yang dititipkan di tempat aman: salinan KTP, Kartu Keluarga, akta "
                    "kelahiran anak, obat, sedikit uang.</li>"
                    "<li>Rencana untuk anak: siapa yang menjemput di sekolah, apa yang anak lakukan bila "
                    "terjadi kekerasan.</li>"
                    "<li>Keamanan digital: kata sandi ponsel, berbagi lokasi, riwayat pesan.</li>"
                    "</ul>"
                    "<p>Tinjau ulang rencana setiap kali keadaan berubah, misalnya saat pelaku tahu korban "
                    "melapor atau saat pelaku dibebaskan.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 10",
                    "text": (
                        "Korban berhak mendapatkan: perlindungan dari keluarga, kepolisian, kejaksaan, "
                        "pengadilan, advokat, lembaga sosial atau pihak lain, baik sementara maupun berdasarkan "
                        "penetapan perintah perlindungan dari pengadilan; pelayanan kesehatan sesuai kebutuhan "
                        "medis; penanganan khusus berkaitan dengan kerahasiaan korban; pendampingan oleh pekerja "
                        "sosial dan bantuan hukum pada setiap tingkat pemeriksaan; serta pelayanan bimbingan "
                        "rohani."
                    ),
                    "note": "Parafrase; baca teks resmi undang-undang.",
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Pukul 22.00 Anda sedang piket. Sebuah pengaduan diteruskan "
                        "kepada Anda: Ibu R berbisik di telepon bahwa suaminya mabuk dan mengancamnya dengan "
                        "parang. Ia bersembunyi di rumah tetangga bersama bayinya. Ia takut suaminya "
                        "mencarinya.</p>"
                    ),
                    "question": "Apa lima hal pertama yang Anda lakukan dalam percakapan ini?",
                    "guidance": (
                        "<p>(1) Pastikan Ibu R bisa bicara dan tanyakan lokasinya. (2) Karena ada ancaman senjata, "
                        "hubungi 112 atau polisi terdekat, atau bantu Ibu R melakukannya. (3) Tanyakan apakah "
                        "ia atau bayinya terluka. (4) Sepakati cara menghubunginya kembali dengan aman, misalnya "
                        "lewat nomor tetangga. (5) Jangan menggali detail; cukup informasi untuk bertindak.</p>"
                        "<p>Setelah itu, laporkan kepada atasan, pastikan polisi memberi perlindungan sementara "
                        "dalam 1 x 24 jam, rencanakan penjangkauan atau penampungan "
                        "sementara, dan catat semua langkah beserta jamnya.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Keselamatan dulu, formulir kemudian.",
                        "Jelaskan kerahasiaan beserta batasnya, dan minta persetujuan korban.",
                        "Tanyakan langsung tanda risiko tinggi: ancaman membunuh, cekikan, senjata, kekerasan "
                        "yang makin berat, perpisahan, kehamilan, anak yang terancam, niat bunuh diri.",
                        "Rencana keselamatan disusun bersama korban dan ditinjau ulang saat keadaan berubah.",
                        "Polisi wajib memberi perlindungan sementara kepada korban KDRT dalam 1 x 24 jam (UU No. 23 Tahun 2004 Pasal 16).",
                        "Korban KDRT berhak atas perlindungan, layanan kesehatan, kerahasiaan, pendampingan dan "
                        "bimbingan rohani (UU No. 23 Tahun 2004 Pasal 10).",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "asesmen-rencana-intervensi-konferensi-kasus",
            "title": "Asesmen, Rencana Intervensi Layanan dan Konferensi Kasus",
            "jp": 4,
            "minutes": 35,
            "competency": (
                "Menyusun asesmen kebutuhan dan rencana intervensi layanan bersama korban, serta menyiapkan dan "
                "memfasilitasi konferensi kasus."
            ),
            "summary": (
                "Menilai kebutuhan korban secara menyeluruh, menuangkannya ke dalam rencana intervensi layanan, "
                "dan membagi tugas lewat konferensi kasus."
            ),
            "body": [
                ("rich_text", (
                    "<p>Setelah keadaan darurat tertangani, manajer kasus melakukan asesmen: memahami keadaan "
                    "korban secara menyeluruh supaya layanan tepat sasaran. Asesmen bukan interogasi dan tidak "
                    "harus selesai dalam satu pertemuan.</p>"
                    "<h3>Apa yang dinilai</h3>"
                    "<ul>"
                    "<li><b>Keselamatan:</b> tingkat risiko saat ini, yang terus diperbarui.</li>"
                    "<li><b>Kesehatan fisik:</b> luka, kehamilan, penyakit, kebutuhan pemeriksaan.</li>"
                    "<li><b>Kondisi psikologis:</b> reaksi trauma, risiko menyakiti diri, kebutuhan "
                    "psikolog.</li>"
                    "<li><b>Hukum:</b> keinginan korban untuk melapor, tahap proses hukum, pendamping hukum, "
                    "dokumen kependudukan.</li>"
                    "<li><b>Sosial dan ekonomi:</b> tempat tinggal, penghasilan, dukungan keluarga, "
                    "stigma.</li>"
                    "<li><b>Khusus anak:</b> pengasuhan, sekolah, tumbuh kembang, orang dewasa yang aman.</li>"
                    "<li><b>Kebutuhan khusus:</b> disabilitas, bahasa, usia lanjut.</li>"
                    "</ul>"
                    "<p>Nilai juga <b>kekuatan</b> korban: orang yang mendukungnya, keterampilannya, "
                    "keyakinannya, dan cara ia bertahan selama ini. Kekuatan ini adalah modal pemulihan.</p>"
                    "<h3>Rencana intervensi layanan</h3>"
                    "<p>Hasil asesmen dituangkan ke dalam rencana intervensi layanan yang disusun dan disetujui "
                    "bersama korban. Setiap kebutuhan dijawab dengan tujuan, kegiatan, penanggung jawab, waktu, "
                    "dan tanda keberhasilan. Contoh: tujuan “anak kembali bersekolah”; kegiatan: pertemuan "
                    "dengan kepala sekolah dan guru BK; penanggung jawab: pekerja sosial; waktu: dua minggu; "
                    "tanda berhasil: anak hadir di sekolah dan tidak dirundung.</p>"
                    "<p>Rencana yang baik realistis, mengikuti pilihan korban, dan tertulis jelas sehingga "
                    "petugas lain bisa melanjutkannya bila manajer kasus berhalangan.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 67–70",
                    "text": (
                        "Korban berhak atas penanganan, pelindungan, dan pemulihan. Pasal 68, 69 dan 70 "
                        "merinci masing-masing kelompok hak tersebut."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Pakai ketiga kelompok hak ini sebagai daftar "
                        "periksa: apakah rencana intervensi sudah menjawab penanganan, pelindungan, dan "
                        "pemulihan korban?"
                    ),
                }),
                ("glossary", {
                    "term": "Rencana intervensi layanan",
                    "definition": (
                        "Rencana tertulis yang disepakati bersama korban, memuat tujuan, kegiatan, penanggung "
                        "jawab, waktu dan tanda keberhasilan untuk setiap kebutuhan korban."
                    ),
                }),
                ("rich_text", (
                    "<h3>Konferensi kasus</h3>"
                    "<p>Konferensi kasus diperlukan terutama bila kasusnya rumit, melibatkan banyak lembaga, "
                    "risikonya tinggi, atau rencana layanan macet.</p>"
                    "<p><b>Siapa yang hadir:</b> manajer kasus UPTD PPA sebagai fasilitator, dan wakil lembaga "
                    "yang terlibat: penyidik, tenaga kesehatan, psikolog, pekerja sosial, pendamping hukum, "
                    "serta sekolah atau pemerintah desa bila perlu. Korban, atau orang tua/wali anak, dapat "
                    "diundang pada bagian tertentu, atau pendapatnya disampaikan oleh manajer kasus.</p>"
                    "<p><b>Aturan dasar:</b></p>"
                    "<ul>"
                    "<li>Semua peserta menjaga kerahasiaan, dan hanya informasi yang perlu yang dibagikan.</li>"
                    "<li>Suara korban dan kepentingan terbaik anak menjadi acuan keputusan.</li>"
                    "<li>Terduga pelaku dan pihak yang berpihak kepadanya tidak diundang.</li>"
                    "<li>Setiap keputusan dicatat: apa, siapa, kapan. Notulen hanya untuk peserta.</li>"
                    "</ul>"
                    "<p><b>Agenda singkat:</b> (1) ringkasan kasus dan risiko terbaru; (2) perkembangan tiap "
                    "layanan; (3) hambatan; (4) pembagian tugas dan tenggat; (5) jadwal tinjauan berikutnya.</p>"
                )),
                ("glossary", {
                    "term": "Konferensi kasus",
                    "definition": (
                        "Pertemuan terstruktur antara lembaga-lembaga yang menangani satu kasus untuk menyamakan "
                        "pemahaman, membagi tugas, dan memecahkan hambatan, dengan mengutamakan suara korban dan "
                        "kepentingan terbaik anak."
                    ),
                }),
                ("rich_text", (
                    "<h3>Bila foto atau video seksual anak tersebar</h3>"
                    "<ul>"
                    "<li><b>Jangan memotret layar, mengunduh, menyimpan atau meneruskan</b> foto atau video itu, "
                    "juga tidak untuk \"bukti\" atau untuk ditunjukkan dalam konferensi kasus. Menyimpan dan "
                    "menyebarkan gambar seksual anak melukai anak lagi dan dapat melanggar hukum.</li>"
                    "<li>Catat yang diperlukan penyidik tanpa menyimpan gambarnya: tautan (URL), nama akun atau "
                    "grup, nama platform, tanggal dan jam.</li>"
                    "<li>Laporkan akun dan unggahan ke platform melalui fitur pelaporannya dan minta konten "
                    "diturunkan (<i>takedown</i>); serahkan catatan tadi kepada penyidik unit PPA.</li>"
                    "<li>Jangan menghapus percakapan di ponsel anak; serahkan ponsel kepada penyidik bila "
                    "diminta.</li>"
                    "</ul>"
                )),
                ("content_warning", {
                    "message": (
                        "Studi kasus berikut menyebut penyebaran foto pribadi seorang anak dan pikiran untuk "
                        "mengakhiri hidup."
                    ),
                }),
                ("case_study", {
                    "title": "Rencana layanan untuk anak A",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Anak A (15 tahun), di sebuah kota di "
                        "Sumatra, diancam oleh mantan pacarnya yang berusia 20 tahun, lalu foto pribadinya "
                        "disebarkan di grup media sosial. Sudah dua minggu A tidak masuk sekolah, jarang makan, "
                        "dan pernah berkata kepada ibunya bahwa ia “lebih baik tidak ada”. Ibunya sudah melapor "
                        "ke polisi. Pihak sekolah mempertimbangkan memindahkan A “demi nama baik sekolah”.</p>"
                    ),
                    "questions": [
                        "Susun asesmen singkat untuk A menurut ranah-ranah di atas, termasuk kekuatannya.",
                        "Kebutuhan mana yang paling mendesak? Perhatikan apa yang dikatakan A kepada ibunya.",
                        "Siapa yang perlu diundang ke konferensi kasus, dan apa yang ingin dicapai?",
                        "Apa yang dilakukan terhadap foto A yang beredar, tanpa memotret layar, menyimpan atau meneruskannya?",
                        "Bagaimana suara A sendiri dimasukkan ke dalam rencana intervensi layanan?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Asesmen mencakup keselamatan, kesehatan, psikologis, hukum, sosial-ekonomi, kebutuhan "
                        "anak dan kebutuhan khusus, serta kekuatan korban.",
                        "Rencana intervensi layanan disusun dan disetujui bersama korban.",
                        "Setiap kebutuhan punya tujuan, kegiatan, penanggung jawab, waktu dan tanda keberhasilan.",
                        "Konferensi kasus dipakai untuk kasus yang rumit, berisiko tinggi, atau macet.",
                        "Terduga pelaku tidak pernah diundang ke konferensi kasus, dan notulen dijaga "
                        "kerahasiaannya.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "pemantauan-terminasi-reintegrasi",
            "title": "Pemantauan, Terminasi dan Reintegrasi",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Memantau pelaksanaan rencana layanan, memutuskan terminasi secara bertanggung jawab, dan "
                "merencanakan reintegrasi dengan mengutamakan kepentingan terbaik anak."
            ),
            "summary": (
                "Memastikan layanan benar-benar berjalan, mengakhiri layanan dengan aman, dan membantu korban "
                "kembali ke keluarga, sekolah dan masyarakat."
            ),
            "body": [
                ("rich_text", (
                    "<p>Kasus tidak selesai ketika korban sudah dirujuk atau perkara masuk pengadilan. "
                    "Pemantauan memastikan rencana layanan berjalan; terminasi mengakhiri layanan secara "
                    "terencana; reintegrasi membantu korban kembali menjalani hidupnya.</p>"
                    "<h3>Pemantauan</h3>"
                    "<ul>"
                    "<li>Tetapkan jadwal dalam rencana layanan, misalnya mingguan saat risiko tinggi dan "
                    "bulanan bila keadaan sudah stabil.</li>"
                    "<li>Pilih cara yang aman bagi korban: kunjungan rumah, telepon, atau bertemu di tempat "
                    "lain. Kendaraan dinas berlogo di depan rumah bisa membuka identitas korban kepada "
                    "tetangga.</li>"
                    "<li>Setiap kali, periksa tiga hal: apakah korban aman, apakah layanan yang dijanjikan sudah "
                    "diterima, dan apakah ada kebutuhan baru.</li>"
                    "<li>Perbarui penilaian risiko bila ada perubahan, misalnya pelaku bebas, korban pindah, "
                    "atau putusan pengadilan keluar.</li>"
                    "</ul>"
                    "<h3>Terminasi</h3>"
                    "<p>Layanan diakhiri bila tujuan rencana tercapai dan korban dinilai aman, bila korban "
                    "meminta berhenti (kecuali keselamatan anak masih terancam), atau bila kasus dialihkan "
                    "sepenuhnya ke lembaga atau daerah lain. Terminasi yang baik:</p>"
                    "<ul>"
                    "<li>dibicarakan dengan korban jauh hari, bukan mendadak;</li>"
                    "<li>merangkum kemajuan yang dicapai bersama korban;</li>"
                    "<li>memastikan korban tahu cara menghubungi layanan lagi, termasuk SAPA 129;</li>"
                    "<li>didokumentasikan dengan alasan yang jelas dan disetujui atasan.</li>"
                    "</ul>"
                    "<h3>Reintegrasi</h3>"
                    "<p>Korban sering menghadapi stigma setelah kasusnya diketahui orang. Reintegrasi bisa "
                    "berarti kembali ke sekolah tanpa dikeluarkan atau dipindah paksa, kembali bekerja atau "
                    "mendapat pelatihan usaha, dan diterima kembali oleh keluarga besar. Manajer kasus dapat "
                    "menjembatani pertemuan dengan sekolah atau pemerintah desa, dengan persetujuan korban dan "
                    "tanpa membuka detail kasus.</p>"
                    "<h3>Kepentingan terbaik bagi anak di setiap tahap</h3>"
                    "<p>Bila korbannya anak, yaitu setiap orang yang belum berusia 18 tahun termasuk yang masih "
                    "dalam kandungan (UU No. 35 Tahun 2014), setiap keputusan diuji dengan pertanyaan: apakah "
                    "ini yang terbaik bagi anak, bukan yang paling mudah bagi orang dewasa atau lembaga?</p>"
                    "<ul>"
                    "<li>Dengarkan pendapat anak sesuai usia dan kematangannya, dan jelaskan keputusan "
                    "kepadanya.</li>"
                    "<li>Jangan mengembalikan anak ke rumah tempat terduga pelaku tinggal tanpa asesmen "
                    "keselamatan yang jelas.</li>"
                    "<li>Utamakan pengasuhan oleh keluarga yang aman; pengasuhan alternatif adalah pilihan "
                    "terakhir dan dikoordinasikan dengan pekerja sosial.</li>"
                    "<li>Jaga hak anak atas pendidikan selama dan sesudah proses hukum.</li>"
                    "<li>Jangan pernah menikahkan anak korban dengan pelaku sebagai “jalan keluar”.</li>"
                    "</ul>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 4 ayat (1)",
                    "text": (
                        "Tindak pidana kekerasan seksual terdiri atas sembilan bentuk, antara lain pelecehan "
                        "seksual fisik dan nonfisik, eksploitasi seksual, kekerasan seksual berbasis "
                        "elektronik, dan pemaksaan perkawinan."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Menikahkan korban dengan pelaku agar perkara "
                        "berhenti bukan jalan keluar; pemaksaan perkawinan sendiri merupakan tindak pidana "
                        "kekerasan seksual."
                    ),
                }),
                ("glossary", {
                    "term": "Kepentingan terbaik bagi anak",
                    "definition": (
                        "Prinsip bahwa dalam setiap keputusan yang menyangkut anak, keselamatan, tumbuh kembang "
                        "dan hak anak didahulukan di atas kenyamanan orang dewasa, keluarga atau lembaga."
                    ),
                }),
                ("glossary", {
                    "term": "Terminasi",
                    "definition": (
                        "Pengakhiran layanan manajemen kasus secara terencana, dibicarakan dengan korban, "
                        "didokumentasikan, dan dengan pintu layanan tetap terbuka bila korban membutuhkan lagi."
                    ),
                }),
                ("content_warning", {
                    "message": "Studi kasus berikut menyebut kekerasan seksual terhadap anak oleh anggota keluarga.",
                }),
                ("case_study", {
                    "title": "Apakah kasus anak P sudah bisa ditutup?",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Anak P (12 tahun), di sebuah kabupaten "
                        "di Jawa, mengalami kekerasan seksual oleh pamannya. Enam bulan kemudian pamannya "
                        "sudah divonis, dan P tinggal bersama neneknya. Ibu P ingin P pulang ke rumah, yang "
                        "letaknya bersebelahan dengan rumah keluarga si paman. Guru melaporkan bahwa P sudah "
                        "kembali bersekolah tetapi sangat pendiam. Kepada pekerja sosial, P berkata ingin tetap "
                        "tinggal bersama neneknya. Atasan Anda meminta kasus ini segera ditutup karena “pelaku "
                        "sudah dihukum”.</p>"
                    ),
                    "questions": [
                        "Apakah kasus P sudah dapat diterminasi? Apa yang perlu diperiksa lebih dulu?",
                        "Bagaimana menimbang keinginan ibu dan pendapat P dengan prinsip kepentingan terbaik "
                        "anak?",
                        "Apa rencana reintegrasi di sekolah yang tidak membuka kasus P kepada teman-temannya?",
                    ],
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Pemantauan memeriksa tiga hal: keselamatan, layanan yang sudah diterima, kebutuhan baru.",
                        "Putusan pengadilan tidak otomatis berarti kasus selesai; pemulihan korban adalah "
                        "ukurannya.",
                        "Terminasi direncanakan bersama korban, didokumentasikan, dan pintu layanan tetap terbuka.",
                        "Reintegrasi dilakukan tanpa membuka detail kasus kepada sekolah atau masyarakat.",
                        "Kepentingan terbaik anak mengalahkan kemudahan bagi orang dewasa atau lembaga.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "pencatatan-kerahasiaan-simfoni-ppa",
            "title": "Pencatatan, Kerahasiaan dan SIMFONI-PPA",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Membuat catatan kasus yang faktual dan tidak menghakimi, menjaga kerahasiaan data korban, dan "
                "memahami peran SIMFONI-PPA dalam pencatatan kasus."
            ),
            "summary": (
                "Cara mencatat kasus dengan baik, menjaga kerahasiaan dan data pribadi korban, dan gambaran "
                "umum SIMFONI-PPA lewat contoh tiruan."
            ),
            "body": [
                ("rich_text", (
                    "<p>Catatan kasus adalah ingatan lembaga. Catatan yang baik membuat layanan berkesinambungan "
                    "walau petugas berganti, membantu konferensi kasus, dapat mendukung proses hukum, dan "
                    "menjadi dasar data bagi perencanaan daerah. Namun catatan yang bocor dapat membahayakan "
                    "nyawa korban dan mempermalukan seorang anak seumur hidupnya.</p>"
                    "<h3>Mencatat dengan baik</h3>"
                    "<ul>"
                    "<li><b>Faktual dan tepat waktu.</b> Tulis segera setelah pertemuan: tanggal, jam, tempat, "
                    "siapa yang hadir.</li>"
                    "<li><b>Kata-kata korban apa adanya</b>, dalam tanda kutip, terutama pengungkapan "
                    "anak.</li>"
                    "<li><b>Pisahkan fakta dan penilaian.</b> “Korban menangis dan berkata takut pulang” adalah "
                    "fakta; “korban tampak sangat tertekan” adalah penilaian petugas.</li>"
                    "<li><b>Tanpa bahasa menghakimi.</b> Hindari kata seperti “genit”, “keluarga berantakan” "
                    "atau “mengada-ada”.</li>"
                    "<li><b>Catat keputusan dan persetujuan:</b> apa yang disetujui korban, rujukan yang "
                    "dibuat, dan hasilnya.</li>"
                    "</ul>"
                    "<h3>Menjaga kerahasiaan</h3>"
                    "<ul>"
                    "<li>Prinsip <b>perlu tahu</b>: hanya petugas yang menangani kasus yang membuka berkas.</li>"
                    "<li>Berkas kertas di lemari terkunci; berkas digital dilindungi kata sandi dan tidak "
                    "disimpan di ponsel pribadi.</li>"
                    "<li>Jangan mengirim kronologi, foto luka atau foto korban ke grup WhatsApp.</li>"
                    "<li>Jangan mengunggah kegiatan pendampingan yang memperlihatkan wajah, rumah, sekolah atau "
                    "inisial yang mudah ditebak.</li>"
                    "<li>Berbagi informasi dengan lembaga rujukan hanya dengan persetujuan korban, seperlunya, "
                    "lewat jalur yang aman.</li>"
                    "</ul>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 19",
                    "text": (
                        "Identitas anak, anak korban dan anak saksi wajib dirahasiakan dalam pemberitaan, "
                        "termasuk nama anak dan orang tuanya, alamat, wajah, dan hal lain yang dapat "
                        "mengungkapkan jati diri anak."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Pelanggarannya diancam pidana. UU No. 35 "
                        "Tahun 2014 juga melindungi identitas anak dari publikasi."
                    ),
                }),
                ("rich_text", (
                    "<h3>Data pribadi korban</h3>"
                    "<p>UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi Pasal 4 ayat (2) menyebut golongan "
                    "data pribadi yang bersifat spesifik dalam daftar tertutup: data dan informasi kesehatan, data "
                    "biometrik, data genetika, catatan kejahatan, data anak, data keuangan pribadi, dan data lain "
                    "yang ditetapkan peraturan perundang-undangan. Dalam berkas kasus, hasil visum dan catatan "
                    "psikolog adalah data kesehatan, berkas anak korban adalah data anak, dan catatan pidana "
                    "pelaku adalah catatan kejahatan. Tidak ada golongan khusus untuk kasus kekerasan, tetapi "
                    "seluruh berkas kasus tetap dirahasiakan.</p>"
                    "<p>UPTD PPA memproses data kasus karena tugas dan kewenangannya menurut peraturan "
                    "perundang-undangan, yang merupakan dasar pemrosesan yang sah (Pasal 20); persetujuan korban "
                    "adalah salah satu dasar, bukan satu-satunya. Artinya: kumpulkan hanya data yang perlu untuk "
                    "layanan; simpan dengan pengamanan yang memadai; bila terjadi kebocoran, lembaga wajib "
                    "memberitahukannya <b>secara tertulis paling lambat 3 x 24 jam kepada korban yang datanya "
                    "bocor dan kepada lembaga penyelenggara pelindungan data pribadi</b> (Pasal 46 ayat (1)), "
                    "dengan cara yang aman bagi korban; dan hapus data ketika tujuannya sudah selesai atau atas "
                    "permintaan pemilik data, sesuai ketentuan yang berlaku.</p>"
                    "<h3>SIMFONI-PPA</h3>"
                    "<p>SIMFONI-PPA adalah sistem pencatatan dan pelaporan kasus kekerasan terhadap perempuan "
                    "dan anak milik kementerian yang membidangi pemberdayaan perempuan dan perlindungan anak. "
                    "Unit layanan di daerah mencatat kasus yang mereka tangani, sehingga pemerintah pusat dan "
                    "daerah mendapat gambaran jumlah dan jenis kasus serta layanan yang diberikan. Biasanya "
                    "hanya petugas yang ditunjuk lembaga yang memiliki akses.</p>"
                    "<p>Dalam kursus ini SIMFONI-PPA hanya dibahas dengan <b>contoh tiruan (mock-up)</b>. "
                    "Latihan di Pelita tidak meniru tampilan atau isian sistem aslinya, dan Pelita tidak "
                    "menyimpan data kasus. Untuk memakai sistem yang sebenarnya, ikuti petunjuk resmi dan "
                    "bimbingan operator di daerah Anda. <b>Jangan pernah memasukkan data kasus nyata ke dalam "
                    "latihan.</b></p>"
                    "<p>Prinsip untuk sistem pencatatan apa pun: data sesuai dengan berkas kasus, dimasukkan "
                    "tepat waktu, tidak ganda, dan hanya oleh petugas yang berwenang. Jangan berbagi akun atau "
                    "kata sandi, dan jangan memotret layar yang memuat data korban.</p>"
                )),
                ("glossary", {
                    "term": "Prinsip perlu tahu",
                    "definition": (
                        "Informasi tentang korban hanya dibuka kepada orang yang memerlukannya untuk memberikan "
                        "layanan, dan hanya sebanyak yang diperlukan."
                    ),
                }),
                ("glossary", {
                    "term": "Data pribadi spesifik",
                    "definition": (
                        "Golongan data pribadi dalam daftar tertutup UU No. 27 Tahun 2022 Pasal 4 ayat (2), "
                        "seperti data kesehatan, data anak dan catatan kejahatan, yang bila bocor dapat sangat "
                        "merugikan pemiliknya sehingga memerlukan pelindungan lebih ketat."
                    ),
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Anda mendampingi seorang anak korban kekerasan seksual di sebuah "
                        "desa. Kepala desa memasukkan Anda ke grup WhatsApp perangkat desa dan meminta Anda "
                        "mengirim kronologi kejadian dan foto anak tersebut “supaya semua perangkat bisa ikut "
                        "mengawasi”. Beberapa anggota grup adalah kerabat keluarga terduga pelaku.</p>"
                    ),
                    "question": "Bagaimana Anda menanggapi permintaan ini?",
                    "guidance": (
                        "<p>Tolak dengan sopan dan tegas. Jelaskan bahwa identitas anak korban wajib dilindungi: UU "
                        "No. 11 Tahun 2012 Pasal 19 melarang pengungkapannya dalam pemberitaan, dan prinsip yang "
                        "sama berlaku untuk grup percakapan. Kronologi dan foto anak korban juga data anak, "
                        "golongan data pribadi spesifik menurut UU No. 27 Tahun 2022 Pasal 4 ayat (2). Apalagi "
                        "ada kerabat terduga pelaku di grup itu.</p>"
                        "<p>Tawarkan cara lain: bila kepala desa perlu membantu keselamatan anak, manajer kasus "
                        "dapat membicarakan langkah tertentu secara langsung dengannya, tanpa detail kasus. "
                        "Catat permintaan ini dan laporkan kepada atasan Anda.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Catatan faktual, tepat waktu, memakai kata-kata korban, dan memisahkan fakta dari "
                        "penilaian.",
                        "Kerahasiaan: prinsip perlu tahu, berkas terkunci, tidak ada foto atau kronologi di grup "
                        "WhatsApp.",
                        "Identitas anak korban wajib dirahasiakan dalam pemberitaan (UU No. 11 Tahun 2012 Pasal 19), dan "
                        "jangan disebarkan di grup percakapan.",
                        "Kebocoran data wajib diberitahukan secara tertulis paling lambat 3 x 24 jam kepada korban "
                        "dan kepada lembaga penyelenggara pelindungan data pribadi (UU No. 27 Tahun 2022 Pasal 46 ayat (1)).",
                        "SIMFONI-PPA dipelajari di sini hanya dengan contoh tiruan; jangan pernah memakai data "
                        "nyata dalam latihan.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 6
        {
            "slug": "simulasi-konferensi-kasus",
            "title": "Simulasi Konferensi Kasus Lintas Lembaga",
            "jp": 2,
            "minutes": 25,
            "competency": (
                "Mempersiapkan dan menjalankan peran dalam konferensi kasus lintas lembaga, termasuk menolak "
                "penyelesaian damai untuk perkara kekerasan seksual, dan menyusun notulen keputusan."
            ),
            "summary": (
                "Latihan konferensi kasus dengan berkas kasus fiktif, pembagian peran, dan notulen keputusan."
            ),
            "body": [
                ("rich_text", (
                    "<p>Modul terakhir ini menyiapkan Anda untuk simulasi konferensi kasus lintas lembaga. "
                    "Dalam pelatihan tatap muka atau daring, peserta dibagi ke dalam kelompok dan memerankan "
                    "lembaga yang berbeda. Jika Anda belajar sendiri, jawab pertanyaan di bawah secara tertulis, "
                    "lalu bandingkan dengan pembahasan.</p>"
                    "<h3>Peran dalam simulasi</h3>"
                    "<ul>"
                    "<li>Manajer kasus UPTD PPA (fasilitator)</li>"
                    "<li>Penyidik unit PPA Polres</li>"
                    "<li>Dokter atau bidan puskesmas</li>"
                    "<li>Psikolog</li>"
                    "<li>Pekerja sosial Dinas Sosial</li>"
                    "<li>Pendamping hukum (advokat atau paralegal)</li>"
                    "<li>Guru bimbingan konseling</li>"
                    "<li>Kepala desa</li>"
                    "<li>Notulis</li>"
                    "</ul>"
                    "<h3>Langkah simulasi</h3>"
                    "<ol>"
                    "<li>Semua peserta membaca berkas kasus (10 menit). Setiap peran menyiapkan apa yang "
                    "diketahui lembaganya dan apa yang dibutuhkannya dari lembaga lain.</li>"
                    "<li>Fasilitator membuka rapat: tujuan, aturan kerahasiaan, dan pengingat bahwa suara korban "
                    "serta kepentingan terbaik anak menjadi acuan.</li>"
                    "<li>Setiap lembaga menyampaikan perkembangan, paling lama tiga menit.</li>"
                    "<li>Kelompok membahas hambatan dan menyepakati tugas, penanggung jawab dan tenggat.</li>"
                    "<li>Notulis membacakan keputusan; fasilitator menetapkan jadwal tinjauan berikutnya.</li>"
                    "<li>Refleksi: apa yang berjalan baik, dan di mana suara anak hampir terlupakan?</li>"
                    "</ol>"
                )),
                ("content_warning", {
                    "message": (
                        "Berkas kasus berikut menggambarkan kekerasan seksual terhadap anak dan tekanan dari "
                        "lingkungan untuk berdamai."
                    ),
                }),
                ("case_study", {
                    "title": "Berkas kasus simulasi: anak M",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Anak M (13 tahun), perempuan, tinggal "
                        "bersama ibunya di sebuah desa di sebuah kabupaten di Kalimantan. Selama dua bulan M "
                        "mengalami kekerasan seksual oleh seorang tetangga dewasa. M bercerita kepada guru BK, "
                        "yang menghubungi UPTD PPA. Ibu M sudah membuat laporan polisi dengan pendampingan UPTD "
                        "PPA, dan M sudah menjalani pemeriksaan kesehatan.</p>"
                        "<p>Keadaan saat ini: kabar tentang kasus M beredar di media sosial warga, sehingga M "
                        "takut masuk sekolah. Keluarga terduga pelaku menawarkan uang kepada ibu M supaya "
                        "laporan dicabut. Kepala desa mengusulkan penyelesaian secara adat dan bahkan menikahkan "
                        "M dengan pelaku “supaya aib tertutup”. Ibu M bimbang karena ia buruh harian dan "
                        "merasa tertekan oleh tetangga. M sulit tidur dan mengatakan kepada psikolog bahwa ia "
                        "ingin tetap sekolah.</p>"
                    ),
                    "questions": [
                        "Sebagai peran Anda, informasi apa yang Anda bawa ke konferensi, dan apa yang Anda "
                        "butuhkan dari lembaga lain?",
                        "Kebutuhan apa yang paling mendesak bagi M dan ibunya?",
                        "Bagaimana suara M dihadirkan dalam konferensi tanpa M harus mengulang ceritanya?",
                        "Tugas apa yang dapat diberikan kepada kepala desa yang justru melindungi M?",
                    ],
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Di tengah konferensi, kepala desa berkata, “Di tempat kami, "
                        "masalah seperti ini biasanya diselesaikan secara adat. Kalau dinikahkan, aibnya "
                        "tertutup dan anak ini ada yang menanggung.” Beberapa peserta mengangguk.</p>"
                    ),
                    "question": "Sebagai fasilitator, apa yang Anda katakan?",
                    "guidance": (
                        "<p>Hargai niat kepala desa untuk membantu, lalu sampaikan dengan tegas dua hal. "
                        "Pertama, perkara kekerasan seksual tidak dapat diselesaikan di luar proses peradilan "
                        "(UU No. 12 Tahun 2022 Pasal 23); pelaku dalam kasus ini orang dewasa, jadi "
                        "pengecualian untuk pelaku anak tidak berlaku. Kedua, pemaksaan perkawinan termasuk "
                        "tindak pidana kekerasan seksual (Pasal 4 ayat (1)), dan menikahkan M bertentangan dengan "
                        "kepentingan terbaiknya sebagai anak.</p>"
                        "<p>Arahkan kembali ke peran yang melindungi: kepala desa dapat menghentikan "
                        "penyebaran kabar, menjaga keluarga M dari tekanan, dan mendukung M kembali "
                        "bersekolah. Catat tawaran uang dari keluarga terduga pelaku dan sampaikan kepada "
                        "penyidik.</p>"
                    ),
                }),
                ("rich_text", (
                    "<h3>Notulen konferensi kasus</h3>"
                    "<p>Notulen cukup satu halaman dan memuat: tanggal; lembaga yang hadir (bukan nama "
                    "korban, cukup nomor atau kode kasus); ringkasan risiko terbaru; keputusan; penanggung "
                    "jawab dan tenggat setiap keputusan; serta jadwal tinjauan berikutnya. Notulen dibagikan "
                    "hanya kepada peserta, lewat jalur yang aman.</p>"
                )),
                ("glossary", {
                    "term": "Notulen konferensi kasus",
                    "definition": (
                        "Catatan singkat hasil konferensi kasus yang memuat keputusan, penanggung jawab, tenggat "
                        "dan jadwal tinjauan, tanpa mencantumkan identitas korban."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Setiap lembaga datang dengan informasi dan kebutuhan yang jelas.",
                        "Fasilitator menjaga agar suara korban dan kepentingan terbaik anak tetap di pusat.",
                        "Usulan damai atau menikahkan korban ditolak dengan tegas dan dengan dasar hukum.",
                        "Setiap keputusan punya penanggung jawab dan tenggat.",
                        "Notulen tidak memuat identitas korban dan hanya dibagikan kepada peserta.",
                    ],
                }),
            ],
        },
    ],
}
