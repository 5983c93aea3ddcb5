"""Demo course TIC: trauma-informed, victim-centred case handling (12 JP). Case studies are fictional."""

COURSE = {
    "code": "TIC",
    "slug": "penanganan-kasus-berperspektif-korban-trauma",
    "title": "Penanganan Kasus Berperspektif Korban dan Trauma",
    "title_en": "Trauma-informed case handling",
    "topic": "trauma",
    "jp_hours": 12,
    "audience": (
        "Petugas UPTD PPA, pekerja sosial, psikolog, paralegal, pendamping korban, Relawan SAPA dan aktivis "
        "desa yang menerima, mendengarkan atau mendampingi korban kekerasan."
    ),
    "summary": (
        "Cara menerima dan mendampingi korban kekerasan tanpa menambah lukanya: prinsip berperspektif trauma, "
        "pertolongan pertama psikologis, wawancara anak dan korban penyandang disabilitas, serta merawat diri "
        "pendamping."
    ),
    "intro": (
        "<p>Setiap korban yang datang ke layanan membawa pengalaman yang berat. Cara kita menyapa, bertanya, "
        "mencatat dan merujuk dapat membantu pemulihannya, atau justru menambah lukanya. Kursus ini mengajak "
        "Anda memahami dampak kekerasan dan trauma, lalu mempraktikkan cara kerja yang berperspektif korban "
        "di setiap tahap layanan: dari meja pengaduan sampai pendampingan di kantor polisi.</p>"
        "<p>Kursus terdiri atas empat modul (12 JP). Setiap modul memuat bacaan, kutipan pasal, studi kasus "
        "atau skenario untuk direnungkan, dan poin penting. <b>Semua kasus dalam kursus ini fiktif.</b></p>"
        "<p>Materi ini membahas kekerasan. Jika ada bagian yang terasa berat, berhentilah sejenak. Bila Anda "
        "atau orang di sekitar Anda membutuhkan bantuan, hubungi SAPA 129 (telepon 129, WhatsApp "
        "08111-129-129) atau 112 dalam keadaan darurat.</p>"
        "<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>"
    ),
    "outcomes": [
        "Peserta mampu menjelaskan dampak kekerasan dan trauma pada korban serta enam prinsip penanganan "
        "berperspektif trauma.",
        "Peserta mampu memberikan pertolongan pertama psikologis dengan langkah lihat, dengar, hubungkan.",
        "Peserta mampu mengenali dan menghindari pertanyaan serta tindakan yang menimbulkan reviktimisasi.",
        "Peserta mampu menanggapi pengungkapan kekerasan oleh anak dan berkomunikasi dengan korban penyandang "
        "disabilitas secara aman dan sesuai kebutuhannya.",
        "Peserta mampu mengenali tanda trauma sekunder pada diri sendiri dan rekan kerja serta menyusun "
        "rencana perawatan diri.",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "kekerasan-trauma-dan-prinsip",
            "title": "Kekerasan, Trauma dan Prinsip Berperspektif Trauma",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Menjelaskan dampak kekerasan dan reaksi trauma pada korban, serta menerapkan enam prinsip "
                "berperspektif trauma dalam penerimaan korban."
            ),
            "summary": (
                "Apa yang dilakukan kekerasan pada tubuh, perasaan dan ingatan korban, dan enam prinsip agar "
                "layanan tidak menambah lukanya."
            ),
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini membahas bentuk-bentuk kekerasan dan dampaknya pada korban. Jika ada bagian "
                        "yang terasa berat, berhentilah sejenak dan lanjutkan ketika Anda siap."
                    ),
                }),
                ("rich_text", (
                    "<p>Di ruang pengaduan kita sering bertemu korban yang bercerita dengan datar, tertawa di "
                    "saat yang tidak kita duga, lupa urutan kejadian, atau malah marah kepada petugas. Petugas "
                    "yang belum memahami trauma mudah salah membaca tanda-tanda ini sebagai “korban tidak "
                    "jujur” atau “korban tidak kooperatif”. Modul ini membantu Anda membaca reaksi korban "
                    "dengan lebih tepat, lalu menyesuaikan cara kerja layanan.</p>"
                    "<h3>Apa yang dilakukan kekerasan pada seseorang</h3>"
                    "<p>Kekerasan tidak hanya melukai tubuh. Kekerasan fisik, psikis, seksual, penelantaran "
                    "dan eksploitasi merampas rasa aman dan rasa kendali seseorang atas hidupnya. Dampaknya "
                    "bisa muncul segera, bisa juga berbulan-bulan kemudian:</p>"
                    "<ul>"
                    "<li><b>Tubuh:</b> luka, nyeri tanpa sebab yang jelas, sulit tidur, mudah kaget, "
                    "kehamilan yang tidak diinginkan, infeksi menular seksual.</li>"
                    "<li><b>Perasaan:</b> takut, malu, merasa bersalah, marah, sedih berkepanjangan, atau "
                    "justru mati rasa.</li>"
                    "<li><b>Pikiran dan ingatan:</b> kejadian terbayang tiba-tiba (kilas balik), sulit "
                    "berkonsentrasi, cerita terpotong-potong atau urutannya berubah.</li>"
                    "<li><b>Hubungan sosial:</b> menarik diri, sulit percaya pada orang lain, takut pada orang "
                    "yang mirip pelaku, dikucilkan keluarga atau lingkungan.</li>"
                    "</ul>"
                    "<h3>Reaksi trauma adalah cara tubuh bertahan</h3>"
                    "<p>Saat terancam, otak mengambil alih untuk bertahan hidup. Reaksinya bisa melawan, lari, "
                    "membeku (tidak bisa bergerak atau bersuara), atau menuruti pelaku supaya bahaya cepat "
                    "berlalu. Banyak korban kekerasan seksual mengalami reaksi membeku. Jadi, <b>tidak melawan "
                    "bukan tanda setuju</b>. Ingatan yang terpotong-potong dan detail yang berubah juga wajar "
                    "pada orang yang mengalami trauma; itu bukan bukti bahwa korban berbohong.</p>"
                    "<p>Banyak korban baru melapor setelah lama: karena takut, diancam, malu, bergantung secara "
                    "ekonomi pada pelaku, atau tidak tahu ke mana harus melapor. Terlambat melapor tidak "
                    "mengurangi hak korban atas layanan.</p>"
                )),
                ("glossary", {
                    "term": "Trauma",
                    "definition": (
                        "Luka psikologis akibat peristiwa yang sangat menakutkan atau mengancam, yang membuat "
                        "seseorang merasa tidak berdaya. Dampaknya dapat terlihat pada tubuh, perasaan, "
                        "pikiran, ingatan dan hubungan dengan orang lain."
                    ),
                }),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 4 ayat (1)",
                    "text": (
                        "Tindak pidana kekerasan seksual terdiri atas: pelecehan seksual nonfisik, pelecehan "
                        "seksual fisik, pemaksaan kontrasepsi, pemaksaan sterilisasi, pemaksaan perkawinan, "
                        "penyiksaan seksual, eksploitasi seksual, perbudakan seksual, dan kekerasan seksual "
                        "berbasis elektronik."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Unsur tiap tindak pidana dibahas dalam "
                        "kursus Hukum Perlindungan Perempuan dan Anak (HPA)."
                    ),
                }),
                ("rich_text", (
                    "<h3>Enam prinsip penanganan berperspektif trauma</h3>"
                    "<p>Berperspektif trauma tidak berarti setiap petugas harus menjadi psikolog. Artinya, "
                    "seluruh layanan, dari petugas jaga di pintu depan sampai kepala UPTD, bekerja dengan "
                    "menyadari bahwa korban mungkin membawa trauma, dan berusaha tidak menambah lukanya. "
                    "Ada enam prinsip:</p>"
                    "<ol>"
                    "<li><b>Keamanan.</b> Korban perlu merasa aman secara fisik dan emosional: ruang "
                    "tertutup yang tidak dilewati orang, tidak bertemu pelaku di kantor, dan tahu apa yang "
                    "akan terjadi selanjutnya.</li>"
                    "<li><b>Kepercayaan dan keterbukaan.</b> Jelaskan siapa Anda, apa yang bisa dan tidak "
                    "bisa dilakukan layanan, berapa lama prosesnya, dan siapa yang akan mengetahui cerita "
                    "korban. Jangan menjanjikan hal di luar kewenangan Anda.</li>"
                    "<li><b>Dukungan sebaya.</b> Dukungan dari sesama penyintas atau kelompok pendukung "
                    "mengurangi rasa sendirian dan malu. Tawarkan, jangan paksakan.</li>"
                    "<li><b>Kolaborasi.</b> Korban adalah mitra, bukan objek kasus. Keputusan disusun "
                    "bersama korban, dan lembaga layanan bekerja sama supaya korban tidak harus mengulang "
                    "ceritanya di setiap pintu.</li>"
                    "<li><b>Pemberdayaan, suara dan pilihan.</b> Kekerasan merampas kendali korban; layanan "
                    "mengembalikannya. Beri pilihan sekecil apa pun (mau duduk di mana, ditemani siapa, "
                    "istirahat kapan) dan hormati keputusan korban, selama keselamatannya, terutama "
                    "keselamatan anak, tidak terancam.</li>"
                    "<li><b>Kesadaran budaya dan gender.</b> Relasi kuasa gender, adat, agama dan status "
                    "sosial memengaruhi keberanian korban untuk bicara. Perhatikan bahasa daerah dan "
                    "kebutuhan penyandang disabilitas, dan bila memungkinkan tawarkan petugas yang berjenis "
                    "kelamin sama dengan korban.</li>"
                    "</ol>"
                )),
                ("case_study", {
                    "title": "Dua cara menerima Ibu A",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Ibu A (32 tahun) datang ke UPTD PPA di "
                        "sebuah kabupaten di Kalimantan bersama anaknya yang berusia 4 tahun. Ia bercerita bahwa ia "
                        "sering dipukul suaminya. Pagi itu ruang konseling dipakai rapat, jadi petugas menerimanya di "
                        "meja depan. Sambil mengetik, petugas bertanya, “Sudah berapa kali dipukul? Kenapa baru "
                        "sekarang lapor?” Ibu A menjawab pendek-pendek, lalu menangis dan berkata ingin pulang "
                        "saja.</p>"
                        "<p>Seminggu kemudian Ibu A datang lagi. Kali ini petugas lain membawanya ke ruang "
                        "tertutup, menawarkan air minum, dan meminta rekannya menemani si anak bermain di ruang "
                        "sebelah. Petugas memperkenalkan diri, menjelaskan bahwa cerita Ibu A dijaga "
                        "kerahasiaannya dan bahwa ia boleh berhenti kapan saja. Ibu A bercerita cukup lengkap "
                        "dan setuju diperiksa kesehatannya.</p>"
                    ),
                    "questions": [
                        "Prinsip berperspektif trauma mana saja yang tidak dijalankan pada kunjungan pertama?",
                        "Apa yang dilakukan petugas kedua sehingga Ibu A merasa lebih aman?",
                        "Apa yang bisa diubah di kantor Anda supaya korban tidak perlu diterima di meja depan?",
                    ],
                }),
                ("glossary", {
                    "term": "Pendekatan berperspektif trauma",
                    "definition": (
                        "Cara kerja lembaga yang menyadari dampak trauma pada korban, mengenali tanda-tandanya, "
                        "dan menyesuaikan layanan agar tidak menimbulkan luka baru."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Membeku, lupa urutan kejadian atau terlambat melapor adalah reaksi trauma yang wajar, "
                        "bukan tanda korban berbohong.",
                        "Tidak melawan tidak sama dengan setuju.",
                        "Berperspektif trauma berlaku untuk seluruh layanan, bukan hanya untuk psikolog.",
                        "Enam prinsip: keamanan; kepercayaan dan keterbukaan; dukungan sebaya; kolaborasi; "
                        "pemberdayaan, suara dan pilihan; kesadaran budaya dan gender.",
                        "Hal kecil seperti ruang tertutup, perkenalan diri dan penjelasan langkah berikutnya "
                        "menentukan apakah korban mau kembali ke layanan.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "pertolongan-pertama-psikologis",
            "title": "Pertolongan Pertama Psikologis dan Mencegah Reviktimisasi",
            "jp": 3,
            "minutes": 30,
            "competency": (
                "Memberikan pertolongan pertama psikologis (lihat, dengar, hubungkan) dan mengganti "
                "pertanyaan yang menyalahkan korban dengan pertanyaan yang aman."
            ),
            "summary": (
                "Langkah lihat, dengar, hubungkan untuk pertemuan pertama dengan korban, dan pertanyaan yang "
                "tidak boleh diajukan."
            ),
            "body": [
                ("rich_text", (
                    "<p>Pertemuan pertama dengan korban sering tidak terjadi di ruang konseling, tetapi di "
                    "rumah tetangga, pos ronda, sekolah, atau lewat telepon. Pada saat itu korban membutuhkan "
                    "rasa aman dan orang yang mau mendengar, bukan interogasi. Pertolongan pertama psikologis "
                    "(<i>psychological first aid</i>, PFA) memberi pegangan sederhana untuk saat-saat seperti "
                    "itu.</p>"
                    "<h3>Apa itu pertolongan pertama psikologis</h3>"
                    "<p>PFA adalah dukungan awal yang manusiawi dan praktis bagi orang yang baru mengalami "
                    "peristiwa berat. PFA bukan konseling dan bukan terapi, dan tidak meminta korban "
                    "menceritakan kejadian secara rinci. Siapa pun yang sudah dilatih, seperti petugas UPTD "
                    "PPA, pekerja sosial, paralegal atau kader desa, dapat memberikannya. Langkahnya mudah "
                    "diingat: <b>lihat, dengar, hubungkan</b>.</p>"
                    "<h3>1. Lihat</h3>"
                    "<ul>"
                    "<li>Periksa keselamatan: apakah pelaku ada di dekat korban? Apakah korban atau anaknya "
                    "dalam bahaya saat ini? Jika ya, utamakan keselamatan dan hubungi 112 atau polisi.</li>"
                    "<li>Periksa kebutuhan mendesak: luka, nyeri, lapar, haus, pakaian, tempat bermalam, anak "
                    "yang perlu dijaga.</li>"
                    "<li>Perhatikan reaksi yang berat: sangat bingung, tidak merespons, atau berbicara ingin "
                    "mengakhiri hidup. Korban seperti ini perlu segera dihubungkan dengan tenaga kesehatan "
                    "atau psikolog.</li>"
                    "</ul>"
                    "<h3>2. Dengar</h3>"
                    "<ul>"
                    "<li>Perkenalkan diri dan peran Anda. Tanyakan apa yang dibutuhkan korban sekarang.</li>"
                    "<li>Biarkan korban bercerita sebanyak yang ia mau. Jangan mendesak detail; detail akan "
                    "ditanyakan oleh petugas yang berwenang.</li>"
                    "<li>Dengarkan dengan tenang dan tanpa menghakimi. Kalimat seperti “Terima kasih sudah mau "
                    "cerita”, “Ini bukan salah Ibu” dan “Ibu tidak sendirian” sangat berarti.</li>"
                    "<li>Hargai diam. Korban mungkin butuh waktu untuk menemukan kata-kata.</li>"
                    "</ul>"
                    "<h3>3. Hubungkan</h3>"
                    "<ul>"
                    "<li>Bantu korban memenuhi kebutuhan dasarnya dan menghubungi orang yang ia percaya.</li>"
                    "<li>Beri informasi yang jelas tentang layanan: UPTD PPA, puskesmas atau rumah sakit, "
                    "polisi, bantuan hukum, dan SAPA 129 (telepon 129, WhatsApp 08111-129-129).</li>"
                    "<li>Rujuk dengan “mengantar”, bukan sekadar memberi alamat. Bila korban setuju, hubungi "
                    "layanan tujuan, jelaskan situasinya secukupnya, dan pastikan korban benar-benar "
                    "diterima.</li>"
                    "</ul>"
                )),
                ("glossary", {
                    "term": "Pertolongan pertama psikologis (PFA)",
                    "definition": (
                        "Dukungan awal yang manusiawi dan praktis bagi orang yang baru mengalami peristiwa "
                        "berat, dengan langkah lihat, dengar, hubungkan. PFA bukan konseling dan bukan terapi."
                    ),
                }),
                ("rich_text", (
                    "<h3>Reviktimisasi: ketika layanan ikut melukai</h3>"
                    "<p>Korban bisa terluka untuk kedua kalinya, bukan oleh pelaku, tetapi oleh orang dan "
                    "lembaga yang seharusnya menolong: disalahkan, tidak dipercaya, diminta mengulang cerita "
                    "berkali-kali, dipertemukan dengan pelaku, difoto lalu fotonya beredar, atau didesak untuk "
                    "“berdamai”.</p>"
                    "<h3>Pertanyaan yang tidak boleh diajukan</h3>"
                    "<p>Pertanyaan “kenapa” yang menyalahkan membuat korban merasa dirinya penyebab kekerasan. "
                    "Jangan pernah bertanya:</p>"
                    "<ul>"
                    "<li>“Kenapa kamu keluar malam?”</li>"
                    "<li>“Kenapa tidak melawan atau berteriak?”</li>"
                    "<li>“Kenapa baru lapor sekarang?”</li>"
                    "<li>“Waktu itu kamu pakai baju apa?”</li>"
                    "<li>“Yakin bukan suka sama suka?”</li>"
                    "<li>“Tidak kasihan kalau suamimu dipenjara? Anak-anak nanti makan apa?”</li>"
                    "</ul>"
                    "<p>Gantilah dengan pertanyaan terbuka yang tidak menghakimi, misalnya “Apa yang ingin Ibu "
                    "ceritakan kepada saya?”, “Apa yang paling Ibu butuhkan sekarang?” atau “Apakah Ibu merasa "
                    "aman untuk pulang hari ini?” Bila Anda memang perlu mengetahui sesuatu, jelaskan dulu "
                    "mengapa Anda menanyakannya.</p>"
                )),
                ("glossary", {
                    "term": "Reviktimisasi",
                    "definition": (
                        "Korban kembali menjadi korban, kali ini karena sikap atau tindakan orang dan lembaga "
                        "yang seharusnya menolong, misalnya disalahkan, tidak dipercaya, dipaksa mengulang "
                        "cerita, atau identitasnya disebarkan."
                    ),
                }),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 67–70",
                    "text": (
                        "Korban berhak atas penanganan, pelindungan, dan pemulihan. Pasal 68, 69 dan 70 "
                        "merinci masing-masing kelompok hak tersebut."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Layanan yang menyalahkan korban atau "
                        "mengulang pemeriksaan tanpa perlu bertentangan dengan hak-hak ini."
                    ),
                }),
                ("content_warning", {
                    "message": (
                        "Skenario berikut menyebut kekerasan seksual terhadap anak dan sikap yang menyalahkan "
                        "korban. Berhentilah sejenak bila perlu."
                    ),
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Anda seorang paralegal yang menemani anak N (16 tahun) dan "
                        "ibunya ke kantor desa untuk meminta surat keterangan. N baru saja mengalami kekerasan "
                        "seksual oleh seorang laki-laki dewasa dari kampung sebelah. Di ruang tamu kantor desa yang ramai, "
                        "seorang perangkat desa berkata keras, “Makanya anak perempuan jangan keluyuran malam. "
                        "Sudahlah, nanti kita panggil keluarganya, diselesaikan baik-baik saja.” N menunduk "
                        "dan mulai gemetar.</p>"
                    ),
                    "question": "Apa yang Anda lakukan saat itu juga, dan apa yang Anda lakukan setelahnya?",
                    "guidance": (
                        "<p><b>Saat itu juga:</b> utamakan N. Minta dengan sopan agar pembicaraan dipindah ke "
                        "ruang tertutup, atau bawa N keluar sejenak bersama ibunya. Katakan kepada N, “Ini "
                        "bukan salahmu.” Sampaikan dengan tenang kepada perangkat desa bahwa N adalah korban "
                        "dan anak, sehingga ceritanya tidak dibicarakan di depan orang lain.</p>"
                        "<p><b>Tentang “diselesaikan baik-baik”:</b> perkara kekerasan seksual tidak dapat "
                        "diselesaikan di luar proses peradilan (UU No. 12 Tahun 2022 Pasal 23). Pengecualian "
                        "untuk pelaku anak hanya berjalan melalui diversi resmi oleh penyidik, penuntut umum atau "
                        "hakim, dan di sini pelakunya dewasa. N masih anak, jadi perkaranya juga bukan delik aduan. "
                        "Jelaskan bahwa kasus ini perlu dirujuk ke UPTD PPA dan kepolisian.</p>"
                        "<p><b>Setelahnya:</b> hubungi UPTD PPA atau SAPA 129 untuk pendampingan dan "
                        "pemeriksaan kesehatan, catat kejadian di kantor desa secara faktual, dan laporkan "
                        "kepada koordinator Anda. Bila pola ini sering terjadi, usulkan penyuluhan bagi "
                        "perangkat desa.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "PFA: lihat (keselamatan dan kebutuhan mendesak), dengar (tanpa mendesak dan menghakimi), "
                        "hubungkan (dengan layanan dan orang yang dipercaya).",
                        "PFA bukan konseling dan tidak menggali detail kejadian.",
                        "Jangan ajukan pertanyaan “kenapa” yang menyalahkan korban.",
                        "Cegah reviktimisasi dengan ruang tertutup, cukup satu kali bercerita, dan sikap "
                        "percaya.",
                        "Rujuk dengan mengantar dan memastikan korban diterima, bukan hanya memberi alamat.",
                        "SAPA 129: telepon 129 atau WhatsApp 08111-129-129. Keadaan darurat: 112.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "wawancara-anak-dan-korban-disabilitas",
            "title": "Wawancara Anak dan Korban Penyandang Disabilitas",
            "jp": 4,
            "minutes": 35,
            "competency": (
                "Menanggapi pengungkapan kekerasan oleh anak dengan tepat, dan menyiapkan wawancara yang aman "
                "bagi anak serta korban penyandang disabilitas."
            ),
            "summary": (
                "Cara berbicara dengan anak dan korban penyandang disabilitas, dan apa yang harus dilakukan "
                "ketika seorang anak menceritakan kekerasan."
            ),
            "body": [
                ("content_warning", {
                    "message": (
                        "Modul ini memuat contoh pengungkapan kekerasan seksual oleh anak. Bacalah di tempat "
                        "yang nyaman dan berhentilah sejenak bila perlu."
                    ),
                }),
                ("rich_text", (
                    "<p>Menurut UU No. 35 Tahun 2014 tentang Perubahan atas UU Perlindungan Anak, anak adalah "
                    "setiap orang yang belum berusia 18 tahun, termasuk anak yang masih dalam kandungan. "
                    "Remaja 17 tahun yang datang sendirian ke kantor Anda tetap diperlakukan sebagai anak, "
                    "dengan seluruh perlindungan khususnya, termasuk perlindungan identitasnya dari "
                    "publikasi.</p>"
                    "<h3>Sebelum mewawancarai anak</h3>"
                    "<ul>"
                    "<li><b>Cukup sekali, oleh orang yang tepat.</b> Setiap kali anak mengulang cerita, lukanya "
                    "terbuka lagi, dan ceritanya bisa berubah karena pengaruh pertanyaan orang dewasa. "
                    "Koordinasikan dengan penyidik dan psikolog supaya wawancara rinci dilakukan sekali oleh "
                    "petugas terlatih.</li>"
                    "<li><b>Siapkan tempat.</b> Ruang yang tenang dan ramah anak, tidak ada orang lalu-lalang, "
                    "jauh dari terduga pelaku.</li>"
                    "<li><b>Pendamping yang dipercaya anak.</b> Tanyakan kepada anak siapa yang ingin "
                    "menemaninya. Orang tua tidak selalu pilihan yang tepat, terutama bila pelaku berasal dari "
                    "keluarga atau orang tua menyalahkan anak.</li>"
                    "</ul>"
                    "<h3>Saat berbicara dengan anak</h3>"
                    "<ul>"
                    "<li>Gunakan bahasa sesuai usia, kalimat pendek, satu pertanyaan sekali waktu.</li>"
                    "<li>Ajukan pertanyaan terbuka (“Ceritakan apa yang terjadi”), bukan pertanyaan yang "
                    "menggiring (“Dia memegangmu di sini, kan?”).</li>"
                    "<li>Sampaikan bahwa anak boleh menjawab “tidak tahu” atau “tidak ingat”, dan boleh minta "
                    "istirahat.</li>"
                    "<li>Jangan menunjukkan kaget, marah atau jijik. Anak bisa mengira Anda marah "
                    "kepadanya.</li>"
                    "</ul>"
                    "<h3>Ketika anak bercerita</h3>"
                    "<p>Anak sering bercerita kepada orang yang ia percaya, seperti guru, tetangga atau kader, "
                    "bukan kepada petugas. Jika seorang anak mengungkapkan kekerasan kepada Anda:</p>"
                    "<ol>"
                    "<li>Tetap tenang, dengarkan, dan percayai anak.</li>"
                    "<li>Katakan: “Terima kasih sudah cerita. Kamu berani. Ini bukan salahmu.”</li>"
                    "<li>Jangan berjanji merahasiakan. Katakan dengan jujur bahwa Anda perlu memberi tahu orang "
                    "yang bisa membantu supaya ia aman.</li>"
                    "<li>Jangan menggali detail dan jangan memeriksa tubuh anak. Cukup pahami apa yang terjadi, "
                    "siapa pelakunya, dan apakah anak aman sekarang.</li>"
                    "<li>Catat kata-kata anak apa adanya, dengan tanggal dan jam, segera setelah "
                    "percakapan.</li>"
                    "<li>Jangan mendatangi atau menegur terduga pelaku sendiri; itu bisa membahayakan anak.</li>"
                    "<li>Hubungi UPTD PPA atau SAPA 129 hari itu juga. Jika anak dalam bahaya saat ini, "
                    "hubungi 112.</li>"
                    "</ol>"
                )),
                ("glossary", {
                    "term": "Pengungkapan (disclosure)",
                    "definition": (
                        "Saat korban, terutama anak, menceritakan kekerasan yang dialaminya kepada orang lain. "
                        "Pengungkapan sering terjadi sedikit demi sedikit, tidak langsung lengkap, dan kepada "
                        "orang yang dipercaya di luar lembaga layanan."
                    ),
                }),
                ("case_study", {
                    "title": "Anak Y bercerita kepada gurunya",
                    "body": (
                        "<p>Kasus ini fiktif dan disusun untuk latihan. Anak Y (14 tahun) bersekolah di sebuah "
                        "SMP di sebuah kabupaten di Sulawesi. Seusai pelajaran, Y menunggu teman-temannya "
                        "pulang, lalu berkata kepada Ibu guru L bahwa ia tidak mau pulang karena “om di rumah "
                        "suka masuk kamar malam-malam”. Y meminta Ibu L berjanji tidak memberi tahu siapa "
                        "pun.</p>"
                        "<p>Ibu L terkejut. Ia ingin langsung menelepon ibu Y dan bertanya lebih jauh kepada Y "
                        "tentang apa yang dilakukan om tersebut.</p>"
                    ),
                    "questions": [
                        "Bagaimana sebaiknya Ibu L menanggapi permintaan Y untuk merahasiakan ceritanya?",
                        "Apa risikonya bila Ibu L langsung menelepon ibu Y atau bertanya detail kepada Y?",
                        "Apa yang perlu dicatat Ibu L, dan kepada siapa ia melapor hari itu juga?",
                        "Apa yang perlu dipastikan tentang tempat Y bermalam malam ini?",
                    ],
                }),
                ("rich_text", (
                    "<h3>Korban penyandang disabilitas</h3>"
                    "<p>Perempuan dan anak penyandang disabilitas lebih rentan mengalami kekerasan, dan lebih "
                    "sering tidak dipercaya. Pegangannya: anggap korban mampu memberi keterangan, lalu "
                    "sediakan akomodasi yang ia perlukan.</p>"
                    "<ul>"
                    "<li>Tanyakan langsung kepada korban cara berkomunikasi yang paling nyaman baginya: bahasa "
                    "isyarat, tulisan, gambar, atau bahasa sederhana.</li>"
                    "<li>Hadirkan juru bahasa isyarat atau pendamping komunikasi yang netral. Jangan memakai "
                    "anggota keluarga atau pengasuh sebagai penerjemah bila ada kemungkinan ia terlibat atau "
                    "berpihak pada pelaku.</li>"
                    "<li>Bicaralah kepada korban, bukan kepada pendampingnya. Beri waktu lebih, dan periksa "
                    "pemahaman dengan meminta korban mengulang dengan caranya sendiri.</li>"
                    "<li>Pastikan tempat layanan mudah dijangkau, misalnya tanpa tangga dan dengan toilet yang "
                    "dapat diakses.</li>"
                    "</ul>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 26",
                    "text": (
                        "Pendamping korban harus memiliki kompetensi penanganan korban yang berperspektif hak "
                        "asasi manusia dan sensitivitas gender, serta telah mengikuti pelatihan penanganan "
                        "perkara tindak pidana kekerasan seksual. Pendamping diutamakan berjenis kelamin sama "
                        "dengan korban."
                    ),
                    "note": "Parafrase; baca teks resmi undang-undang.",
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Ibu Z (28 tahun), seorang Tuli, datang ke UPTD PPA diantar "
                        "kakak iparnya, seorang laki-laki. Kakak ipar itu menawarkan diri menjadi penerjemah "
                        "karena “sudah biasa bicara dengan Z”. Dari catatan awal, diduga kekerasan terjadi di "
                        "rumah keluarga besar tempat mereka tinggal bersama.</p>"
                    ),
                    "question": "Apa yang Anda lakukan sebelum wawancara dimulai?",
                    "guidance": (
                        "<p>Berterima kasihlah kepada kakak ipar, tetapi jangan memakainya sebagai penerjemah: "
                        "ia tinggal serumah dan mungkin terlibat atau berpihak. Persilakan ia menunggu di luar. "
                        "Tanyakan kepada Ibu Z secara tertulis atau dengan gambar bagaimana ia ingin "
                        "berkomunikasi, dan apakah ia merasa aman.</p>"
                        "<p>Hubungi juru bahasa isyarat yang netral. Jika belum tersedia hari itu, pastikan "
                        "kebutuhan mendesak dan keselamatan Ibu Z lewat tulisan, lalu jadwalkan wawancara. "
                        "Tawarkan petugas perempuan, sesuai semangat UU No. 12 Tahun 2022 Pasal 26.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Anak adalah setiap orang yang belum berusia 18 tahun, termasuk yang masih dalam "
                        "kandungan (UU No. 35 Tahun 2014).",
                        "Wawancara rinci dengan anak cukup sekali, oleh petugas terlatih, dalam koordinasi "
                        "dengan penyidik dan psikolog.",
                        "Saat anak bercerita: tenang, percaya, berterima kasih, jangan berjanji merahasiakan, "
                        "jangan menggali detail, catat, dan laporkan hari itu juga.",
                        "Gunakan pertanyaan terbuka, bukan pertanyaan yang menggiring.",
                        "Korban penyandang disabilitas dianggap mampu memberi keterangan; sediakan akomodasi "
                        "dan penerjemah yang netral.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "merawat-diri-pendamping",
            "title": "Merawat Diri Pendamping: Trauma Sekunder dan Perawatan Diri",
            "jp": 2,
            "minutes": 25,
            "competency": (
                "Mengenali tanda trauma sekunder, kelelahan empati dan kejenuhan kerja, serta menyusun rencana "
                "perawatan diri pribadi dan usulan dukungan lembaga."
            ),
            "summary": (
                "Mendengar cerita kekerasan setiap hari berdampak pada pendamping; modul ini membahas tandanya "
                "dan cara merawat diri serta saling merawat."
            ),
            "body": [
                ("rich_text", (
                    "<p>Mendengar cerita kekerasan setiap hari meninggalkan jejak pada diri pendamping. Ini "
                    "bukan tanda Anda lemah atau tidak profesional; ini risiko pekerjaan, sama seperti tenaga "
                    "kesehatan berisiko tertular penyakit. Karena itu, merawat diri dan saling merawat adalah "
                    "bagian dari mutu layanan, bukan kemewahan. Pendamping yang kelelahan lebih mudah "
                    "menyalahkan korban, lupa menindaklanjuti rujukan, atau berhenti bekerja.</p>"
                    "<h3>Tiga hal yang perlu dibedakan</h3>"
                    "<ul>"
                    "<li><b>Trauma sekunder:</b> Anda mengalami gejala mirip trauma, seperti mimpi buruk, "
                    "terbayang-bayang cerita korban, mudah kaget, atau takut berlebihan akan keselamatan "
                    "keluarga sendiri, padahal Anda tidak mengalami kejadiannya.</li>"
                    "<li><b>Kelelahan empati:</b> kemampuan Anda untuk peduli menurun. Anda merasa hampa, "
                    "sinis, atau tidak lagi tersentuh oleh cerita korban.</li>"
                    "<li><b>Kejenuhan kerja</b> (<i>burnout</i>): lelah fisik dan mental karena beban kerja, "
                    "tekanan dan kurangnya dukungan lembaga, tidak selalu terkait isi cerita korban.</li>"
                    "</ul>"
                    "<h3>Tanda-tanda yang perlu diwaspadai</h3>"
                    "<p>Sulit tidur, mudah marah kepada keluarga atau rekan, menghindari jenis kasus tertentu, "
                    "sering sakit kepala atau sakit lambung, makin banyak merokok atau minum obat tanpa resep, "
                    "merasa “percuma saja”, atau sebaliknya tidak bisa berhenti memikirkan kasus dan bekerja "
                    "tanpa batas waktu. Perhatikan tanda-tanda ini pada diri sendiri dan pada rekan Anda.</p>"
                )),
                ("glossary", {
                    "term": "Trauma sekunder",
                    "definition": (
                        "Gejala mirip trauma yang dialami penolong karena berulang kali mendengar atau "
                        "menyaksikan penderitaan korban, walaupun ia sendiri tidak mengalami kekerasan "
                        "tersebut."
                    ),
                }),
                ("rich_text", (
                    "<h3>Perawatan diri sehari-hari</h3>"
                    "<ul>"
                    "<li>Buat kebiasaan peralihan sepulang kerja, misalnya berganti pakaian, berdoa, atau "
                    "berjalan kaki sebentar sebelum berkumpul dengan keluarga.</li>"
                    "<li>Jaga kebutuhan dasar: tidur, makan, bergerak, dan waktu tanpa ponsel kerja.</li>"
                    "<li>Kenali batas: Anda tidak dapat menyelesaikan semua masalah korban sendirian. Anda "
                    "bagian dari tim.</li>"
                    "<li>Jaga batas profesional: jangan memberikan nomor pribadi atau meminjamkan uang "
                    "pribadi kepada korban; gunakan saluran resmi lembaga.</li>"
                    "<li>Cari bantuan bila gejala berlangsung berminggu-minggu atau mengganggu pekerjaan dan "
                    "keluarga. Menemui psikolog adalah tindakan profesional.</li>"
                    "</ul>"
                    "<h3>Perawatan diri adalah tanggung jawab lembaga</h3>"
                    "<p>Lembaga tidak boleh menyerahkan urusan ini kepada masing-masing petugas. Praktik yang "
                    "dapat diterapkan UPTD PPA dan organisasi pendamping:</p>"
                    "<ul>"
                    "<li>Supervisi rutin oleh petugas senior atau psikolog untuk membahas kasus dan dampaknya "
                    "pada petugas.</li>"
                    "<li>Sesi berbagi singkat (<i>debriefing</i>) setelah kasus yang sangat berat, misalnya "
                    "kematian korban atau kekerasan seksual terhadap anak kecil.</li>"
                    "<li>Pembagian beban kasus yang wajar dan piket malam yang bergiliran.</li>"
                    "<li>Kelompok dukungan sebaya antarpetugas, dengan aturan kerahasiaan yang sama seperti "
                    "untuk korban.</li>"
                    "<li>Pelatihan berkala yang juga memuat materi perawatan diri.</li>"
                    "</ul>"
                    "<h3>Latihan: rencana perawatan diri</h3>"
                    "<p>Tuliskan untuk diri Anda sendiri: tiga tanda yang menunjukkan Anda mulai kelelahan; "
                    "tiga kegiatan yang memulihkan tenaga Anda; satu rekan yang dapat Anda ajak bicara; dan "
                    "satu usulan kepada pimpinan untuk memperbaiki dukungan bagi petugas.</p>"
                )),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 81",
                    "text": (
                        "Pemerintah pusat dan pemerintah daerah wajib menyelenggarakan pendidikan dan pelatihan "
                        "bagi petugas yang memberikan layanan dalam penanganan kekerasan seksual."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Pasal ini tidak merinci materi perawatan "
                        "diri; memasukkannya ke dalam pelatihan adalah praktik baik."
                    ),
                }),
                ("scenario", {
                    "situation": (
                        "<p>Situasi ini fiktif. Rekan Anda, K, sudah tiga tahun menjadi pendamping di UPTD PPA. "
                        "Belakangan ia sering membentak korban di telepon, meminta kasus kekerasan seksual anak "
                        "diberikan kepada petugas lain, dan berkata, “Percuma, ujung-ujungnya juga damai.” Ia "
                        "sering datang terlambat dan terlihat kurang tidur.</p>"
                    ),
                    "question": "Apa yang Anda lakukan sebagai rekan kerja K?",
                    "guidance": (
                        "<p>Ajak K bicara berdua di tempat yang nyaman, dengan nada peduli, bukan menghakimi. "
                        "Ceritakan apa yang Anda perhatikan dan tanyakan bagaimana keadaannya. Dengarkan.</p>"
                        "<p>Tawarkan dukungan yang nyata: sesi supervisi, menemui psikolog, atau pembagian kasus "
                        "sementara. Dengan sepengetahuan K, bicarakan beban kerja dengan atasan. Pastikan korban "
                        "yang ditangani K tetap terlayani dengan baik. Setelah itu, periksa juga keadaan diri "
                        "Anda sendiri.</p>"
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Trauma sekunder, kelelahan empati dan kejenuhan kerja adalah risiko pekerjaan, bukan "
                        "kelemahan pribadi.",
                        "Kenali tandanya pada diri sendiri dan pada rekan kerja.",
                        "Jaga kebutuhan dasar dan batas profesional; Anda bekerja sebagai tim.",
                        "Lembaga bertanggung jawab menyediakan supervisi, debriefing, beban kasus yang wajar "
                        "dan dukungan sebaya.",
                        "Pendamping yang terawat memberikan layanan yang lebih aman bagi korban.",
                    ],
                }),
            ],
        },
    ],
}
