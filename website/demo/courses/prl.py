"""Demo course PRL: Dasar Hukum dan Keparalegalan.

Teaching text in Bahasa Indonesia. Legal references are limited to facts in
/work/shared/DOMAIN.md and the constitutional articles named in CURRICULUM.md.
Case studies are fictional. Paraphrased provisions say so in their note.
"""

PARAFRASE = "Parafrase; baca teks resmi undang-undang."
SEKUNDER = (
    "Parafrase dari ringkasan sekunder; teks resmi peraturan ini belum diperiksa. "
    "Cocokkan dengan salinan resmi sebelum mengutipnya."
)

COURSE = {
    "code": "PRL",
    "slug": "dasar-hukum-keparalegalan",
    "title": "Dasar Hukum dan Keparalegalan",
    "title_en": "Legal foundations and the paralegal role",
    "topic": "law",
    "jp_hours": 24,
    "audience": (
        "Calon paralegal dari Pemberi Bantuan Hukum, anggota Satgas PPA, dan Relawan SAPA "
        "yang belum memiliki latar belakang pendidikan hukum."
    ),
    "summary": (
        "Dasar-dasar HAM dan gender, jalur peradilan, bantuan hukum, serta peran dan batas kerja "
        "paralegal dalam mendampingi perempuan dan anak."
    ),
    "intro": """
<p>Selamat datang di pelatihan <b>Dasar Hukum dan Keparalegalan</b>. Pelatihan ini disusun untuk
Anda yang setiap hari bertemu warga yang sedang menghadapi masalah: ibu yang dipukul suaminya,
anak yang menjadi korban pelecehan, atau keluarga yang bingung harus melapor ke mana.</p>
<p>Anda tidak perlu berlatar belakang hukum. Kita mulai dari hal yang dekat dengan kehidupan
sehari-hari, lalu pelan-pelan masuk ke undang-undang, jalur peradilan, dan cara kerja paralegal.
Setiap modul berisi bacaan, contoh kasus fiktif, dan latihan. Di awal dan akhir pelatihan ada
pre-test dan post-test untuk melihat kemajuan Anda.</p>
<p>Lima modul inti berbobot 21 JP. Sisa waktu dari total 24 JP dipakai untuk pembukaan, pre-test,
post-test dan evaluasi pelatihan.</p>
<h3>Tentang sertifikat</h3>
<p>Peserta yang memenuhi syarat kehadiran dan lulus evaluasi menerima <b>sertifikat pelatihan</b>
dari DP3A penyelenggara. Sertifikat ini <b>bukan izin paralegal</b> dan tidak menjadikan Anda
paralegal bersertifikat. Jalur resmi menjadi paralegal dijelaskan di Modul 3.</p>
<p><i>Catatan untuk lembaga: ini materi contoh (demo). Sebelum lembaga menerbitkannya untuk peserta, semua teks hukum di dalamnya harus ditinjau oleh ahli hukum, misalnya advokat dari Pemberi Bantuan Hukum.</i></p>
""",
    "outcomes": [
        "Peserta mampu menjelaskan relasi kuasa dan ketidakadilan gender yang membuat perempuan dan anak rentan, serta hak konstitusional mereka.",
        "Peserta mampu membedakan jalur pidana, perdata dan peradilan agama, serta tugas polisi, jaksa, pengadilan dan LPSK.",
        "Peserta mampu menjelaskan dasar hukum bantuan hukum, siapa yang dapat menjadi paralegal, dan batas kewenangan paralegal.",
        "Peserta mampu menyusun kronologi kasus yang faktual, runtut dan menjaga kerahasiaan korban.",
        "Peserta mampu menangani simulasi kasus: menerima pengaduan, menilai keselamatan, dan merujuk ke layanan yang tepat.",
    ],
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "struktur-sosial-gender-ham",
            "title": "Struktur Sosial, Gender dan HAM",
            "jp": 4,
            "minutes": 30,
            "competency": (
                "Mengenali relasi kuasa dan ketidakadilan gender dalam sebuah kasus, serta menautkannya "
                "dengan hak asasi perempuan dan anak dalam UUD 1945, CEDAW dan Konvensi Hak Anak."
            ),
            "summary": "Mengapa perempuan dan anak lebih rentan, dan hak apa yang dijamin negara untuk mereka.",
            "body": [
                ("rich_text", """
<p>Sebelum bicara pasal dan undang-undang, kita perlu memahami satu hal: kekerasan terhadap
perempuan dan anak jarang terjadi secara kebetulan. Kekerasan tumbuh di tempat ada <b>ketimpangan
kuasa</b>, yaitu ketika satu pihak bisa mengatur, menekan atau menakut-nakuti pihak lain tanpa
takut ditegur.</p>
<h3>Struktur sosial dan relasi kuasa</h3>
<p>Setiap masyarakat punya susunan: siapa yang dihormati, siapa yang memutuskan, siapa yang
memegang uang dan tanah. Susunan ini disebut struktur sosial. Di dalamnya ada relasi kuasa:
suami dan istri, orang tua dan anak, majikan dan pekerja rumah tangga, guru dan murid, tokoh
masyarakat dan warga biasa.</p>
<p>Relasi kuasa tidak selalu buruk. Orang tua memang perlu mengarahkan anak. Masalah muncul
ketika kuasa dipakai untuk menyakiti, lalu korban tidak berani bicara karena bergantung secara
ekonomi, takut dipermalukan, atau tidak dipercaya. Sebagai paralegal, tugas pertama Anda adalah
<b>melihat siapa yang berkuasa dalam sebuah kasus</b>, karena dari situ Anda tahu risiko yang
dihadapi korban.</p>
<h3>Gender bukan sama dengan jenis kelamin</h3>
<p>Jenis kelamin adalah perbedaan biologis yang dibawa sejak lahir. <b>Gender</b> adalah peran,
sifat dan harapan yang dibentuk oleh masyarakat: "perempuan harus di dapur", "laki-laki tidak
boleh menangis", "anak perempuan tidak perlu sekolah tinggi". Karena dibentuk masyarakat,
gender bisa berubah dan berbeda antardaerah.</p>
<p>Ketidakadilan gender biasanya muncul dalam lima bentuk yang sering dibahas dalam pelatihan:</p>
<ul>
<li><b>Marginalisasi</b>: perempuan tersingkir dari sumber ekonomi, misalnya tidak diberi hak atas tanah.</li>
<li><b>Subordinasi</b>: pendapat perempuan dianggap kurang penting, misalnya tidak diundang musyawarah desa.</li>
<li><b>Stereotip</b>: cap negatif, misalnya korban perkosaan dianggap "memancing".</li>
<li><b>Kekerasan</b>: fisik, psikis, seksual dan penelantaran.</li>
<li><b>Beban ganda</b>: perempuan bekerja mencari nafkah tetapi tetap menanggung seluruh pekerjaan rumah.</li>
</ul>
<h3>Kelompok rentan</h3>
<p>Ada kelompok yang risikonya berlapis: anak, terutama anak perempuan; perempuan kepala keluarga;
penyandang disabilitas; lansia; pekerja migran dan keluarganya; warga miskin; dan warga di daerah
terpencil yang jauh dari layanan. Makin banyak lapisan kerentanan, makin sulit korban mencari
pertolongan. Paralegal perlu lebih sabar dan lebih aktif menjangkau mereka.</p>
"""),
                ("glossary", {
                    "term": "Relasi kuasa",
                    "definition": (
                        "Hubungan antara dua pihak yang kekuatannya tidak seimbang, misalnya karena usia, "
                        "jabatan, uang atau adat, sehingga pihak yang lebih kuat dapat menekan pihak yang lebih lemah."
                    ),
                }),
                ("glossary", {
                    "term": "Gender",
                    "definition": (
                        "Peran, sifat dan harapan terhadap laki-laki dan perempuan yang dibentuk oleh masyarakat "
                        "dan budaya, bukan oleh biologi, sehingga dapat berubah."
                    ),
                }),
                ("rich_text", """
<h3>HAM: hak yang melekat, negara yang wajib</h3>
<p>Hak asasi manusia (HAM) melekat pada setiap orang karena ia manusia, bukan karena pemberian
kepala desa atau suami. Yang berkewajiban melindungi, memajukan, menegakkan dan memenuhi HAM
adalah <b>negara, terutama pemerintah</b>. Itu sebabnya DP3A, UPTD PPA, polisi dan pemerintah
desa punya tugas nyata ketika ada kekerasan.</p>
<p>Dasar tertinggi ada di UUD 1945. Tiga pasal yang paling sering kita pakai:</p>
"""),
                ("legal_provision", {
                    "statute": "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
                    "article": "Pasal 28B ayat (2)",
                    "text": (
                        "Setiap anak berhak atas kelangsungan hidup, tumbuh, dan berkembang serta berhak "
                        "atas perlindungan dari kekerasan dan diskriminasi."
                    ),
                    "note": "Kutipan; cocokkan dengan naskah resmi UUD 1945.",
                }),
                ("legal_provision", {
                    "statute": "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
                    "article": "Pasal 28G dan Pasal 28I",
                    "text": (
                        "Pasal 28G: setiap orang berhak atas perlindungan diri pribadi, keluarga, kehormatan dan "
                        "martabat, atas rasa aman, serta bebas dari penyiksaan dan perlakuan yang merendahkan "
                        "martabat manusia. Pasal 28I: setiap orang berhak bebas dari perlakuan diskriminatif atas "
                        "dasar apa pun dan berhak dilindungi darinya; perlindungan dan pemenuhan HAM adalah "
                        "tanggung jawab negara, terutama pemerintah."
                    ),
                    "note": "Parafrase; baca teks resmi UUD 1945.",
                }),
                ("rich_text", """
<h3>Dua perjanjian internasional yang mengikat Indonesia</h3>
<p>Indonesia juga terikat pada dua konvensi penting. <b>CEDAW</b> (Konvensi Penghapusan Segala
Bentuk Diskriminasi terhadap Perempuan) disahkan dengan <b>UU No. 7 Tahun 1984</b>. CEDAW meminta
negara menghapus diskriminasi terhadap perempuan, bukan hanya dalam hukum tertulis tetapi juga
dalam kebiasaan dan praktik sehari-hari.</p>
<p><b>Konvensi Hak Anak</b> (KHA) disahkan dengan <b>Keputusan Presiden No. 36 Tahun 1990</b>.
KHA dikenal dengan empat prinsip dasarnya: nondiskriminasi; kepentingan terbaik bagi anak; hak
untuk hidup, kelangsungan hidup dan berkembang; serta penghargaan terhadap pendapat anak.
Prinsip ini akan Anda temui lagi di pelatihan HPA.</p>
"""),
                ("case_study", {
                    "title": "Ibu Y dan anak perempuannya",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Ibu Y tinggal di sebuah desa di Kalimantan Selatan. Suaminya memegang seluruh hasil kebun dan
tidak pernah memberi tahu berapa penghasilan keluarga. Ibu Y tidak boleh ikut pertemuan PKK karena
"urusan perempuan di rumah saja". Anak sulung mereka, J, 15 tahun, juara kelas. Ayahnya berencana
menikahkan J dengan anak kenalannya setelah lulus SMP, "supaya tidak jadi beban".</p>
<p>Ibu Y tidak setuju, tetapi takut bicara karena pernah dibentak di depan keluarga besar.</p>
""",
                    "questions": [
                        "Relasi kuasa apa saja yang Anda lihat dalam keluarga ini?",
                        "Bentuk ketidakadilan gender mana yang dialami Ibu Y, dan mana yang mengancam J?",
                        "Hak J yang mana dalam UUD 1945 Pasal 28B ayat (2) yang terancam?",
                        "J baru 15 tahun. Apa kata UU No. 16 Tahun 2019 tentang usia perkawinan, dan apa kata UU TPKS tentang memaksa anak menikah?",
                        "Siapa di desa yang bisa Anda ajak bicara untuk mencegah perkawinan anak ini?",
                    ],
                }),
                ("legal_provision", {
                    "statute": "UU No. 16 Tahun 2019 tentang Perubahan atas UU No. 1 Tahun 1974 tentang Perkawinan",
                    "article": "Pasal 7 ayat (1)",
                    "text": "Perkawinan hanya diizinkan apabila pria dan wanita sudah mencapai umur 19 (sembilan belas) tahun.",
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Batas 19 tahun berlaku sama untuk laki-laki dan "
                        "perempuan. Memaksa seseorang menikah, termasuk perkawinan anak, adalah tindak pidana "
                        "pemaksaan perkawinan menurut UU No. 12 Tahun 2022 Pasal 10."
                    ),
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Kekerasan tumbuh dari ketimpangan kuasa; kenali dulu siapa yang berkuasa dalam kasus.",
                        "Gender dibentuk masyarakat, sehingga ketidakadilannya bisa diubah.",
                        "Negara, terutama pemerintah, wajib melindungi HAM: UUD 1945 Pasal 28B ayat (2), 28G dan 28I.",
                        "CEDAW (UU No. 7 Tahun 1984) dan KHA (Keppres No. 36 Tahun 1990) mengikat Indonesia.",
                        "Kelompok dengan kerentanan berlapis perlu dijangkau lebih aktif.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "pengantar-hukum-sistem-peradilan",
            "title": "Pengantar Hukum dan Sistem Peradilan",
            "jp": 5,
            "minutes": 35,
            "competency": (
                "Memilih jalur hukum yang sesuai (pidana, perdata, peradilan agama) untuk sebuah masalah "
                "dan menjelaskan kepada korban lembaga mana yang berperan di setiap tahap."
            ),
            "summary": "Peta jalur pidana, perdata dan peradilan agama, serta siapa mengerjakan apa.",
            "body": [
                ("rich_text", """
<p>Korban sering datang dengan banyak masalah sekaligus: dipukul, tidak dinafkahi, ingin cerai,
khawatir anaknya diambil. Setiap masalah bisa punya <b>jalur hukum yang berbeda</b>. Paralegal
tidak harus hafal semua prosedur, tetapi harus bisa menjelaskan peta jalannya dengan bahasa
sederhana agar korban bisa memilih.</p>
<h3>Hukum pidana dan hukum perdata</h3>
<p><b>Hukum pidana</b> mengatur perbuatan yang dilarang negara dan diancam hukuman, misalnya
penganiayaan, kekerasan dalam rumah tangga, atau kekerasan seksual. Dalam perkara pidana, yang
"menuntut" pelaku adalah negara melalui jaksa. Korban berperan sebagai pelapor dan saksi, dan
memiliki hak-hak yang dilindungi undang-undang.</p>
<p><b>Hukum perdata</b> mengatur hubungan antarwarga: utang-piutang, warisan, tanah, perkawinan
dan perceraian. Dalam perkara perdata, warga sendiri yang mengajukan gugatan atau permohonan ke
pengadilan, dan hasilnya biasanya berupa kewajiban membayar, menyerahkan sesuatu, atau status
hukum baru seperti cerai.</p>
<h3>Jalur pidana, langkah demi langkah</h3>
<ol>
<li><b>Laporan atau pengaduan</b> ke kepolisian. Untuk kasus perempuan dan anak, biasanya ditangani
unit khusus PPA di Polres.</li>
<li><b>Penyelidikan dan penyidikan</b> oleh polisi: memeriksa korban dan saksi, mengumpulkan bukti,
termasuk visum bila diperlukan.</li>
<li><b>Penuntutan</b> oleh jaksa: berkas dari polisi diperiksa, lalu jaksa membawa perkara ke
pengadilan.</li>
<li><b>Persidangan</b> di Pengadilan Negeri: hakim memeriksa bukti dan memutus perkara.</li>
<li><b>Upaya hukum</b>: jika tidak puas dengan putusan, terdakwa atau jaksa dapat mengajukan banding
dan kasasi.</li>
</ol>
<h3>Jalur perdata dan peradilan agama</h3>
<p>Gugatan perdata umum diajukan ke <b>Pengadilan Negeri</b>. Untuk warga beragama Islam, perkara
perceraian, hak asuh anak, nafkah, harta bersama, isbat nikah dan dispensasi kawin diajukan ke
<b>Pengadilan Agama</b>. Warga nonmuslim mengajukan perceraian ke Pengadilan Negeri. Jalur
pidana dan jalur perceraian dapat berjalan bersamaan: laporan KDRT ke polisi tidak menghalangi
gugatan cerai, dan sebaliknya.</p>
"""),
                ("glossary", {
                    "term": "Hukum pidana",
                    "definition": (
                        "Aturan tentang perbuatan yang dilarang negara dan diancam hukuman. Perkaranya dituntut "
                        "oleh negara melalui jaksa."
                    ),
                }),
                ("glossary", {
                    "term": "Hukum perdata",
                    "definition": (
                        "Aturan tentang hubungan antarwarga, seperti perkawinan, perceraian, warisan dan "
                        "utang-piutang. Perkaranya diajukan sendiri oleh pihak yang berkepentingan."
                    ),
                }),
                ("rich_text", """
<h3>Siapa mengerjakan apa</h3>
<ul>
<li><b>Polisi</b> (unit PPA): menerima laporan, menyelidiki dan menyidik. Untuk KDRT, polisi
<b>wajib</b> memberi perlindungan sementara kepada korban dalam waktu 1 x 24 jam sejak mengetahui atau
menerima laporan, paling lama 7 hari (UU No. 23 Tahun 2004 Pasal 16).</li>
<li><b>Jaksa</b>: meneliti berkas dari polisi, menuntut pelaku di pengadilan, dan melaksanakan
putusan.</li>
<li><b>Hakim / pengadilan</b>: memeriksa dan memutus perkara secara independen.</li>
<li><b>Advokat</b>: mewakili dan membela klien, termasuk di persidangan. Bantuan hukum cuma-cuma
tersedia bagi warga miskin melalui Pemberi Bantuan Hukum (dibahas di Modul 3).</li>
<li><b>LPSK</b> (Lembaga Perlindungan Saksi dan Korban): memberi perlindungan kepada saksi dan korban
yang terancam, serta membantu pengajuan hak korban seperti restitusi.</li>
<li><b>UPTD PPA</b> dan DP3A: bukan penegak hukum, tetapi penyedia layanan: pengaduan, penjangkauan,
pengelolaan kasus, penampungan sementara, mediasi untuk perkara yang boleh dimediasi, dan
pendampingan korban.</li>
</ul>
<p>Peran paralegal ada di antara semuanya: menjadi jembatan antara korban dan lembaga-lembaga ini.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah Tangga",
                    "article": "Pasal 10",
                    "text": (
                        "Korban KDRT berhak mendapatkan: perlindungan dari keluarga, kepolisian, kejaksaan, "
                        "pengadilan, advokat, lembaga sosial atau pihak lain, baik sementara maupun berdasarkan "
                        "penetapan perintah perlindungan dari pengadilan; pelayanan kesehatan sesuai kebutuhan "
                        "medis; penanganan khusus terkait kerahasiaan korban; pendampingan oleh pekerja sosial dan "
                        "bantuan hukum pada setiap tingkat pemeriksaan; serta pelayanan bimbingan rohani."
                    ),
                    "note": PARAFRASE,
                }),
                ("glossary", {
                    "term": "LPSK",
                    "definition": (
                        "Lembaga Perlindungan Saksi dan Korban, lembaga negara yang memberi perlindungan dan "
                        "bantuan kepada saksi dan korban tindak pidana."
                    ),
                }),
                ("content_warning", {
                    "message": "Situasi berikut menyebut kekerasan fisik dalam rumah tangga dan ancaman terhadap anak.",
                }),
                ("scenario", {
                    "situation": """
<p><i>Situasi ini fiktif.</i> Ibu N, 34 tahun, beragama Islam, datang ke posko Anda. Suaminya
sering memukul, sudah tiga bulan tidak memberi nafkah, dan mengancam akan membawa pergi kedua anak
mereka jika Ibu N melapor. Ibu N berkata: "Saya ingin cerai, tapi saya takut kehilangan anak.
Apakah saya harus lapor polisi dulu?"</p>
""",
                    "question": "Jalur hukum apa saja yang dapat Anda jelaskan kepada Ibu N, dan ke lembaga mana masing-masing?",
                    "guidance": """
<p>Ada beberapa jalur yang bisa berjalan bersamaan, dan <b>Ibu N yang memutuskan</b>:</p>
<ul>
<li><b>Pidana</b>: pemukulan adalah kekerasan fisik dalam rumah tangga. Laporan ke unit PPA Polres.
Korban berhak atas perlindungan sementara dan perintah perlindungan (UU No. 23 Tahun 2004 Pasal 10);
polisi wajib memberi perlindungan sementara dalam 1 x 24 jam (Pasal 16). Tidak memberi nafkah dapat
merupakan penelantaran rumah tangga.</li>
<li><b>Perceraian, hak asuh dan nafkah</b>: karena beragama Islam, diajukan ke Pengadilan Agama.</li>
<li><b>Keselamatan</b>: ancaman membawa anak perlu dibahas dalam rencana keselamatan; hubungi UPTD PPA.</li>
</ul>
<p>Jangan memutuskan untuk Ibu N. Jelaskan pilihan, rujuk ke advokat melalui Pemberi Bantuan Hukum,
dan sampaikan layanan SAPA 129 (telepon 129 atau WhatsApp 08111-129-129). Dalam keadaan darurat,
hubungi 112.</p>
""",
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Pidana dituntut negara melalui jaksa; perdata diajukan oleh pihak yang berkepentingan.",
                        "Alur pidana: laporan, penyidikan, penuntutan, persidangan, upaya hukum.",
                        "Perceraian, hak asuh dan nafkah bagi warga muslim ke Pengadilan Agama; nonmuslim ke Pengadilan Negeri.",
                        "Jalur pidana dan perceraian dapat berjalan bersamaan.",
                        "UPTD PPA adalah penyedia layanan, bukan penegak hukum; LPSK melindungi saksi dan korban.",
                        "Polisi wajib memberi perlindungan sementara kepada korban KDRT dalam 1 x 24 jam (UU No. 23 Tahun 2004 Pasal 16).",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "bantuan-hukum-peran-paralegal",
            "title": "Bantuan Hukum dan Peran Paralegal",
            "jp": 4,
            "minutes": 30,
            "competency": (
                "Menjelaskan dasar hukum bantuan hukum, syarat dan jalur menjadi paralegal, layanan yang "
                "boleh dan tidak boleh dilakukan paralegal, serta menerapkan etika kerahasiaan dan rujukan."
            ),
            "summary": "Siapa paralegal, apa yang boleh dan tidak boleh ia lakukan, dan bagaimana jalurnya menuju CPLA.",
            "body": [
                ("rich_text", """
<p>Banyak orang di desa sudah lama menjadi tempat bertanya warga: kader, guru ngaji, ketua RT,
aktivis perempuan. Paralegal membuat peran itu lebih tertata, punya dasar hukum dan punya jaringan
rujukan. Modul ini menjelaskan posisi paralegal dalam sistem bantuan hukum, dan juga
<b>batas-batasnya</b>.</p>
<h3>Bantuan hukum menurut UU No. 16 Tahun 2011</h3>
<p>UU No. 16 Tahun 2011 tentang Bantuan Hukum mengatur jasa hukum yang diberikan <b>cuma-cuma</b>
kepada warga miskin. Bantuan ini diberikan oleh <b>Pemberi Bantuan Hukum</b> (PBH), yaitu lembaga
bantuan hukum atau organisasi kemasyarakatan yang telah diverifikasi dan diakreditasi. Undang-undang
ini memberi PBH hak merekrut paralegal dan kewajiban melatih mereka.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 16 Tahun 2011 tentang Bantuan Hukum",
                    "article": "Pasal 9 huruf a dan Pasal 10 huruf c",
                    "text": (
                        "Pemberi Bantuan Hukum berhak melakukan rekrutmen terhadap advokat, paralegal, dosen dan "
                        "mahasiswa fakultas hukum (Pasal 9 huruf a), dan berkewajiban menyelenggarakan pendidikan "
                        "dan pelatihan bantuan hukum bagi mereka yang direkrut (Pasal 10 huruf c)."
                    ),
                    "note": PARAFRASE,
                }),
                ("glossary", {
                    "term": "Pemberi Bantuan Hukum (PBH)",
                    "definition": (
                        "Lembaga bantuan hukum atau organisasi kemasyarakatan yang terakreditasi dan memberi "
                        "layanan bantuan hukum cuma-cuma berdasarkan UU No. 16 Tahun 2011."
                    ),
                }),
                ("rich_text", """
<h3>Siapa yang dapat menjadi paralegal</h3>
<p>Aturan pelaksananya kini adalah <b>Peraturan Menteri Hukum No. 34 Tahun 2025</b>, yang
menggantikan Permenkumham No. 3 Tahun 2021 dan berlaku sejak 3 November 2025. Berdasarkan ringkasan
yang kami terima (fasilitator diminta mengecek teks resminya), paralegal adalah warga negara
Indonesia yang:</p>
<ul>
<li>berusia paling rendah 18 tahun dan dapat membaca dan menulis;</li>
<li>bukan aparatur sipil negara (ASN), anggota TNI, anggota Polri, atau advokat;</li>
<li>mendapat <b>surat tugas tertulis dari PBH</b>.</li>
</ul>
<h3>Jalur menuju CPLA</h3>
<p>Gelar <b>CPLA</b> (<i>Certified Paralegal of Legal Aid</i>) tidak diperoleh dari satu pelatihan
saja. Menurut aturan tersebut, urutannya kurang lebih: (1) ditugaskan oleh PBH; (2) mengikuti
pelatihan dengan kurikulum standar BPHN; (3) menjalani <b>aktualisasi</b>, yaitu praktik lapangan
sekitar tiga bulan, misalnya di pos bantuan hukum desa, dengan bimbingan advokat; baru kemudian
(4) dapat memperoleh sebutan CPLA.</p>
<p><b>Penting:</b> sertifikat dari pelatihan DP3A ini adalah <b>sertifikat pelatihan</b>. Sertifikat
ini bukan izin paralegal dan tidak memberi gelar CPLA. Jangan menyebut diri "paralegal bersertifikat"
hanya karena mengikuti pelatihan ini.</p>
"""),
                ("legal_provision", {
                    "statute": "Peraturan Menteri Hukum No. 34 Tahun 2025 (pengganti Permenkumham No. 3 Tahun 2021)",
                    "article": "Syarat dan jalur paralegal",
                    "text": (
                        "Paralegal adalah WNI berusia minimal 18 tahun, dapat membaca dan menulis, bukan ASN, "
                        "TNI, Polri atau advokat, dan ditugaskan secara tertulis oleh Pemberi Bantuan Hukum. "
                        "Setelah pelatihan berkurikulum standar BPHN dan aktualisasi sekitar tiga bulan dengan "
                        "bimbingan advokat, paralegal dapat memperoleh sebutan CPLA."
                    ),
                    "note": SEKUNDER,
                }),
                ("glossary", {
                    "term": "Aktualisasi",
                    "definition": (
                        "Masa praktik lapangan setelah pelatihan paralegal, sekitar tiga bulan, dengan bimbingan "
                        "advokat, sebagai syarat sebelum memperoleh sebutan CPLA."
                    ),
                }),
                ("rich_text", """
<h3>Yang boleh dilakukan paralegal</h3>
<p>Paralegal terutama memberi layanan <b>nonlitigasi</b>, yaitu di luar persidangan: penyuluhan hukum,
konsultasi awal, membantu menyusun kronologi dan surat, mencatat dan menelusuri fakta, mendampingi
korban ke layanan, mediasi untuk sengketa yang memang boleh dimediasi, serta pemberdayaan masyarakat.</p>
<h3>Yang tidak boleh dilakukan paralegal</h3>
<ul>
<li>Memperkenalkan diri atau bertindak sebagai advokat, misalnya menjadi kuasa hukum di persidangan.</li>
<li>Meminta atau menerima bayaran dari korban. Bantuan hukum ini cuma-cuma.</li>
<li>Menjanjikan hasil ("pasti menang", "pelaku pasti dipenjara").</li>
<li>Memutuskan untuk korban, atau menekan korban untuk berdamai.</li>
<li><b>Menengahi perdamaian dalam kasus kekerasan seksual, siapa pun pelakunya.</b> Perkara kekerasan
seksual tidak boleh diselesaikan di luar pengadilan (UU No. 12 Tahun 2022 Pasal 23). Pengecualian untuk
pelaku anak hanya berjalan melalui diversi resmi yang dijalankan penyidik, penuntut umum atau hakim
menurut UU No. 11 Tahun 2012, tidak pernah melalui paralegal, kepala desa atau kesepakatan desa.</li>
</ul>
<p>Jika kasus perlu dibawa ke pengadilan, <b>rujuk ke advokat</b> melalui PBH tempat Anda bertugas.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
                    "article": "Pasal 23",
                    "text": (
                        "Perkara tindak pidana kekerasan seksual tidak dapat diselesaikan di luar proses peradilan, "
                        "kecuali terhadap pelaku anak sebagaimana diatur dalam undang-undang."
                    ),
                    "note": PARAFRASE + " Pelaku anak: hanya melalui diversi oleh penyidik, penuntut umum atau hakim.",
                }),
                ("rich_text", """
<h3>Etika dan kerahasiaan</h3>
<p>Kepercayaan korban adalah modal utama paralegal. Simpan cerita korban hanya untuk keperluan
penanganan. Mintalah <b>persetujuan</b> korban sebelum menghubungi pihak lain, kecuali nyawa atau
keselamatan anak terancam. Jangan membicarakan kasus di warung, grup WhatsApp atau media sosial.
Bila Anda punya hubungan keluarga atau kepentingan dengan pelaku, serahkan kasus kepada rekan lain.</p>
"""),
                ("content_warning", {
                    "message": "Situasi berikut menyebut dugaan kekerasan seksual terhadap anak.",
                }),
                ("scenario", {
                    "situation": """
<p><i>Situasi ini fiktif.</i> Kepala desa menelepon Anda: seorang laki-laki dewasa, tetangga korban,
diduga mencabuli anak Z, 13 tahun. Keluarga pelaku menawarkan uang dan kepala desa meminta Anda
"membantu mendamaikan supaya nama desa tidak tercemar".</p>
""",
                    "question": "Apa jawaban Anda kepada kepala desa, dan apa langkah Anda berikutnya?",
                    "guidance": """
<p>Tolak dengan sopan tetapi tegas. Ini kekerasan seksual terhadap anak dengan pelaku dewasa, sehingga
<b>tidak boleh diselesaikan di luar pengadilan</b> (UU No. 12 Tahun 2022 Pasal 23). Uang damai tidak
menghapus perkara. Karena korbannya anak, perkara ini juga bukan delik aduan: siapa pun yang mengetahui
boleh melapor. Langkah berikutnya: pastikan Z aman, hubungi UPTD PPA atau SAPA 129 (telepon 129,
WhatsApp 08111-129-129), dampingi keluarga melapor ke unit PPA Polres, dan jaga identitas Z.</p>
""",
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "PBH berhak merekrut dan wajib melatih paralegal (UU No. 16 Tahun 2011 Pasal 9 huruf a dan Pasal 10 huruf c).",
                        "Paralegal: WNI minimal 18 tahun, bisa baca tulis, bukan ASN/TNI/Polri/advokat, bersurat tugas PBH.",
                        "CPLA hanya setelah penugasan PBH, pelatihan standar BPHN dan aktualisasi sekitar tiga bulan.",
                        "Sertifikat DP3A adalah sertifikat pelatihan, bukan izin paralegal.",
                        "Paralegal tidak pernah menengahi damai dalam kekerasan seksual; pengecualian pelaku anak hanya lewat diversi resmi oleh penyidik, penuntut umum atau hakim.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "laporan-pengaduan-kronologi",
            "title": "Menyusun Laporan, Pengaduan dan Kronologi",
            "jp": 4,
            "minutes": 35,
            "competency": (
                "Menyusun kronologi kasus yang faktual, runtut, memakai kata-kata korban, memisahkan fakta "
                "dari pendapat, dan hanya memuat data pribadi yang perlu (kronologi ini dinilai)."
            ),
            "summary": "Cara menulis kronologi yang jelas, jujur dan aman bagi korban.",
            "body": [
                ("rich_text", """
<p>Kronologi yang baik sering menentukan apakah sebuah kasus ditangani dengan cepat. Polisi, UPTD PPA
dan advokat akan membaca dokumen Anda untuk memahami apa yang terjadi. Kronologi yang kacau membuat
korban harus bercerita berulang-ulang, dan setiap kali bercerita, luka korban bisa terbuka lagi.</p>
<h3>Laporan dan pengaduan</h3>
<p>Dalam bahasa sehari-hari keduanya dianggap sama, tetapi dalam hukum acara pidana berbeda.
<b>Laporan</b> adalah pemberitahuan kepada polisi bahwa telah atau sedang terjadi tindak pidana; siapa
pun yang mengetahui dapat melapor. <b>Pengaduan</b> adalah pemberitahuan dari pihak yang berhak,
biasanya korban, disertai permintaan agar pelaku diproses, untuk jenis tindak pidana yang hanya dapat
diproses jika ada aduan dari korban (delik aduan). Jika ragu, tanyakan kepada petugas unit PPA atau advokat.</p>
<p>Contoh delik aduan: pelecehan seksual nonfisik dan pelecehan seksual fisik menurut Pasal 6 huruf a UU No. 12
Tahun 2022 (Pasal 7), serta kekerasan seksual berbasis elektronik (Pasal 14), bila korbannya orang dewasa
tanpa disabilitas. Di sini korban dewasa sendiri yang memutuskan apakah mengadu. Bila korbannya anak atau
penyandang disabilitas, perkara itu diproses tanpa pengaduan. Kekerasan fisik dalam rumah tangga (UU No. 23
Tahun 2004 Pasal 44 ayat (1)) dan penelantaran rumah tangga (Pasal 49) adalah delik biasa; yang merupakan
delik aduan dalam UU PKDRT hanya kekerasan fisik dan psikis ringan antara suami dan istri serta kekerasan
seksual antara suami dan istri (Pasal 51 sampai 53).</p>
"""),
                ("glossary", {
                    "term": "Kronologi",
                    "definition": (
                        "Uraian peristiwa yang disusun menurut urutan waktu, berisi apa yang terjadi, siapa yang "
                        "terlibat, kapan, di mana dan bagaimana."
                    ),
                }),
                ("rich_text", """
<h3>Lima prinsip kronologi yang baik</h3>
<ol>
<li><b>Faktual</b>: tulis apa yang dilihat, didengar atau dialami. "Pelaku menampar pipi kiri korban",
bukan "pelaku memang kasar".</li>
<li><b>Runtut</b>: urutkan berdasarkan waktu. Jika korban lupa tanggal pasti, tulis perkiraan dan
tandai, misalnya "sekitar awal Maret".</li>
<li><b>Memakai kata-kata korban</b>: kutip ucapan penting apa adanya, termasuk ancaman.</li>
<li><b>Memisahkan fakta dan pendapat</b>: pendapat atau dugaan Anda ditulis di bagian catatan, dan
diberi tanda jelas.</li>
<li><b>Secukupnya</b>: catat hanya data pribadi yang diperlukan untuk penanganan.</li>
</ol>
<h3>Kerangka kronologi</h3>
<ul>
<li>Judul dan tanggal penyusunan, nama penyusun.</li>
<li>Ringkasan satu paragraf: siapa mengalami apa.</li>
<li>Urutan peristiwa bertanggal, dari yang paling awal.</li>
<li>Saksi dan bukti yang ada: foto luka, pesan WhatsApp, surat keterangan dokter.</li>
<li>Dampak bagi korban: luka, rasa takut, tidak bisa sekolah atau bekerja.</li>
<li>Langkah yang sudah diambil dan keinginan korban.</li>
</ul>
<p>Identitas lengkap korban (NIK, alamat, nomor telepon) sebaiknya dicatat di lembar terpisah yang
disimpan lebih aman, bukan di badan kronologi yang akan dibaca banyak orang. Gunakan inisial di badan
kronologi. Kumpulkan data hanya untuk tujuan yang jelas, dan hapus ketika tujuannya selesai atau atas
permintaan pemiliknya.</p>
"""),
                ("legal_provision", {
                    "statute": "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
                    "article": "Pasal 4 ayat (2)",
                    "text": (
                        "Data pribadi yang bersifat spesifik meliputi: data dan informasi kesehatan, data biometrik, "
                        "data genetika, catatan kejahatan, data anak, data keuangan pribadi, dan/atau data lainnya "
                        "sesuai dengan ketentuan peraturan perundang-undangan."
                    ),
                    "note": (
                        "Parafrase; baca teks resmi undang-undang. Daftar ini tertutup; tidak ada golongan khusus "
                        "untuk kasus kekerasan. Dalam kronologi, surat keterangan dokter atau visum adalah data "
                        "kesehatan, seluruh berkas anak korban adalah data anak, dan catatan pidana pelaku adalah "
                        "catatan kejahatan. Cerita korban dewasa tetap wajib dirahasiakan."
                    ),
                }),
                ("content_warning", {
                    "message": (
                        "Bagian berikut memuat gambaran kekerasan dalam rumah tangga. Anda boleh berhenti sejenak "
                        "jika merasa tidak nyaman."
                    ),
                }),
                ("case_study", {
                    "title": "Cerita Ibu T yang melompat-lompat",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Ibu T bercerita sambil menangis: "Kemarin malam dia pulang mabuk, saya didorong sampai kepala
kena pintu. Sebenarnya dari tahun lalu sudah sering, waktu saya minta uang sekolah anak dia marah.
Tetangga sebelah dengar. Oh iya, minggu lalu dia bilang kalau saya lapor, anak-anak tidak akan saya
lihat lagi. Tadi pagi saya ke puskesmas, ada suratnya."</p>
""",
                    "questions": [
                        "Susun ulang cerita Ibu T menurut urutan waktu. Peristiwa mana yang paling awal?",
                        "Kalimat mana yang perlu dikutip apa adanya?",
                        "Bukti dan saksi apa yang disebut Ibu T?",
                        "Informasi apa yang masih perlu Anda tanyakan dengan lembut?",
                    ],
                }),
                ("scenario", {
                    "situation": """
<p><b>Tugas yang dinilai.</b> Dengan memakai cerita Ibu T di atas, tulislah kronologi lengkap
mengikuti kerangka di modul ini. Gunakan inisial, tandai tanggal yang masih perkiraan, dan pisahkan
catatan pendapat Anda. Unggah hasilnya melalui formulir tugas.</p>
""",
                    "question": "Sebelum melihat panduan, periksa: apakah kronologi Anda dapat dipahami oleh orang yang belum pernah bertemu Ibu T?",
                    "guidance": """
<p>Contoh awal kronologi yang baik:</p>
<p><i>1. Sekitar pertengahan tahun lalu (perkiraan): saat Ibu T meminta uang sekolah anak, suami (inisial
B) marah. Menurut Ibu T, sejak saat itu kekerasan sering terjadi.<br>
2. Sekitar seminggu sebelum pengaduan: B berkata, "Kalau kamu lapor, anak-anak tidak akan kamu lihat
lagi."<br>
3. Malam sebelum pengaduan: B pulang dalam keadaan mabuk dan mendorong Ibu T hingga kepalanya
membentur pintu. Tetangga sebelah mendengar keributan.<br>
4. Pagi hari pengaduan: Ibu T berobat ke puskesmas dan menerima surat keterangan.</i></p>
<p>Fasilitator menilai: urutan waktu, ketepatan fakta, kutipan ancaman, penyebutan bukti dan saksi,
pemisahan pendapat, serta tidak adanya data pribadi yang tidak perlu.</p>
""",
                }),
                ("key_points", {
                    "title": "Poin penting",
                    "points": [
                        "Laporan bisa dibuat siapa saja; pengaduan dibuat pihak yang berhak dan meminta pelaku diproses.",
                        "Kronologi: faktual, runtut, memakai kata-kata korban, fakta terpisah dari pendapat.",
                        "Gunakan inisial; simpan identitas lengkap di lembar terpisah yang aman.",
                        "Visum adalah data kesehatan dan berkas anak adalah data anak: keduanya data pribadi spesifik (UU No. 27 Tahun 2022 Pasal 4 ayat (2)).",
                        "Kronologi yang baik mengurangi beban korban untuk bercerita berulang kali.",
                    ],
                }),
            ],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "simulasi-kasus",
            "title": "Simulasi Kasus",
            "jp": 4,
            "minutes": 40,
            "competency": (
                "Menerapkan langkah penanganan awal dalam simulasi: menerima pengaduan, menilai keselamatan, "
                "menjelaskan pilihan hukum, merujuk ke layanan yang tepat, dan mencatat dengan aman."
            ),
            "summary": "Latihan menangani tiga kasus fiktif dari awal pengaduan sampai rujukan.",
            "body": [
                ("rich_text", """
<p>Modul terakhir ini menggabungkan semua yang sudah Anda pelajari. Di kelas tatap muka, peserta
bergantian memerankan korban, paralegal dan pengamat. Di kelas daring, bacalah setiap situasi,
tuliskan jawaban Anda terlebih dahulu, baru buka panduannya.</p>
<h3>Aturan simulasi</h3>
<ul>
<li>Semua kasus fiktif. Jangan memakai cerita nyata dari desa Anda.</li>
<li>Jika sebuah peran membuat Anda tidak nyaman, katakan "stop". Itu hak Anda.</li>
<li>Pengamat memberi masukan tentang sikap, bukan menghakimi orangnya.</li>
</ul>
<h3>Tujuh langkah penanganan awal</h3>
<ol>
<li><b>Terima</b> dengan tenang dan sampaikan bahwa korban tidak bersalah.</li>
<li><b>Dengarkan</b> tanpa memotong dan tanpa menyalahkan.</li>
<li><b>Nilai keselamatan</b>: apakah korban atau anak dalam bahaya saat ini? Jika ya, hubungi 112.</li>
<li><b>Jelaskan pilihan</b>: jalur hukum dan layanan yang tersedia.</li>
<li><b>Mintalah persetujuan</b> sebelum menghubungi pihak lain.</li>
<li><b>Rujuk</b> ke UPTD PPA, unit PPA Polres, puskesmas, atau advokat melalui PBH.</li>
<li><b>Catat</b> kronologi dan <b>tindak lanjuti</b>.</li>
</ol>
"""),
                ("glossary", {
                    "term": "Rujukan",
                    "definition": (
                        "Menghubungkan korban dengan lembaga yang berwenang atau lebih mampu menangani kebutuhannya, "
                        "dengan persetujuan korban, disertai informasi yang cukup agar korban tidak perlu bercerita ulang."
                    ),
                }),
                ("glossary", {
                    "term": "Rencana keselamatan",
                    "definition": (
                        "Rencana sederhana yang disusun bersama korban tentang apa yang akan ia lakukan jika "
                        "kekerasan terulang: ke mana pergi, siapa dihubungi, dokumen apa yang disiapkan."
                    ),
                }),
                ("content_warning", {
                    "message": (
                        "Simulasi berikut memuat kekerasan dalam rumah tangga dan kekerasan seksual berbasis "
                        "elektronik terhadap anak. Ambil jeda jika Anda membutuhkannya."
                    ),
                }),
                ("case_study", {
                    "title": "Simulasi 1: Ibu F dan ancaman di rumah",
                    "body": """
<p><i>Kasus ini fiktif dan disusun untuk latihan.</i></p>
<p>Ibu F, 29 tahun, datang ke posko bersama bayinya. Suaminya memukul dengan sapu setelah
bertengkar soal uang. Ibu F belum mau melapor ke polisi karena suaminya satu-satunya pencari
nafkah, tetapi ia takut pulang malam ini.</p>
""",
                    "questions": [
                        "Apa yang pertama kali Anda tanyakan untuk menilai keselamatan Ibu F dan bayinya?",
                        "Pilihan apa yang dapat Anda jelaskan jika Ibu F belum mau melapor? Apa yang perlu ia ketahui tentang kewajiban polisi memberi perlindungan sementara?",
                        "Layanan mana yang dapat menyediakan penampungan sementara?",
                        "Apa isi rencana keselamatan sederhana untuk Ibu F?",
                    ],
                }),
                ("scenario", {
                    "situation": """
<p><i>Simulasi 2, fiktif.</i> Orang tua anak U, 14 tahun, mengadu: seorang laki-laki dewasa yang
dikenal U lewat media sosial mengancam menyebarkan foto pribadi U kecuali U mengirim foto lagi.
Keluarga pelaku sudah datang dan menawarkan "selesai secara kekeluargaan".</p>
""",
                    "question": "Bolehkah kasus ini diselesaikan secara kekeluargaan? Apa langkah Anda?",
                    "guidance": """
<p><b>Tidak boleh.</b> Ini kekerasan seksual berbasis elektronik terhadap anak dengan pelaku dewasa.
UU No. 12 Tahun 2022 Pasal 23 melarang penyelesaian di luar pengadilan; pelakunya dewasa, jadi
pengecualian pelaku anak (yang hanya berjalan lewat diversi resmi) tidak berlaku. Karena korbannya anak,
perkara ini juga bukan delik aduan. Langkahnya:</p>
<ul>
<li>Tenangkan U dan jangan menyalahkannya.</li>
<li><b>Jangan memotret layar, mengunduh, menyimpan atau meneruskan foto U</b>, juga tidak untuk
"bukti". Menyimpan dan menyebarkan gambar seksual anak melukai anak lagi dan dapat melanggar hukum.</li>
<li>Jangan menghapus percakapan di ponsel U; catat nama akun pelaku, tautan (URL) profil atau unggahan,
nama platform, tanggal dan jam. Serahkan catatan dan ponsel itu kepada penyidik bila diminta.</li>
<li>Laporkan akun dan unggahan ke platform melalui fitur pelaporannya, dan minta foto diturunkan
(<i>takedown</i>), dengan bantuan UPTD PPA atau penyidik.</li>
<li>Hubungi UPTD PPA atau SAPA 129 (telepon 129, WhatsApp 08111-129-129), dampingi pelaporan ke unit PPA
Polres, dan rahasiakan identitas U.</li>
</ul>
""",
                }),
                ("scenario", {
                    "situation": """
<p><i>Simulasi 3, fiktif.</i> Anak D, 16 tahun, ditangkap karena diduga mengambil telepon genggam
milik warung tetangga. Ini dugaan pertama kali. Ibunya panik dan bertanya apakah D pasti dipenjara.</p>
""",
                    "question": "Apa yang dapat Anda jelaskan kepada ibu D tentang diversi?",
                    "guidance": """
<p>Jelaskan bahwa anak yang berhadapan dengan hukum diperlakukan berbeda dari orang dewasa. Menurut
UU No. 11 Tahun 2012 Pasal 7, diversi <b>wajib diupayakan</b> jika ancaman pidananya di bawah tujuh
tahun dan bukan pengulangan. Diversi dijalankan oleh penyidik, penuntut umum atau hakim, bukan oleh
paralegal atau desa. Jangan menjanjikan hasil; ancaman pidana dipastikan oleh penyidik.
Rujuk ke advokat melalui PBH, dan ingatkan bahwa identitas D wajib dirahasiakan.</p>
""",
                }),
                ("legal_provision", {
                    "statute": "UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak",
                    "article": "Pasal 7",
                    "text": (
                        "Pada tingkat penyidikan, penuntutan dan pemeriksaan perkara anak di pengadilan negeri wajib "
                        "diupayakan diversi, yaitu untuk tindak pidana yang diancam pidana penjara di bawah tujuh "
                        "tahun dan bukan merupakan pengulangan tindak pidana."
                    ),
                    "note": PARAFRASE,
                }),
                ("key_points", {
                    "title": "Daftar periksa simulasi",
                    "points": [
                        "Keselamatan dulu: bahaya saat ini? Hubungi 112.",
                        "Korban yang memutuskan; paralegal menjelaskan pilihan dan meminta persetujuan.",
                        "Kekerasan seksual oleh pelaku dewasa tidak boleh didamaikan (UU No. 12 Tahun 2022 Pasal 23).",
                        "Foto seksual anak tidak pernah dipotret layar, disimpan atau diteruskan; catat tautan dan akun, minta platform menurunkannya.",
                        "Anak pelaku: diversi wajib diupayakan bila syarat Pasal 7 UU No. 11 Tahun 2012 terpenuhi.",
                        "SAPA 129: telepon 129 atau WhatsApp 08111-129-129.",
                        "Catat kronologi dengan inisial dan tindak lanjuti rujukan.",
                    ],
                }),
            ],
        },
    ],
}
