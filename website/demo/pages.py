"""Text of the demo site's standard pages."""

ABOUT_BODY = """
<h2>Apa itu Pelita?</h2>
<p>Pelita adalah tempat belajar daring bagi orang-orang yang melindungi perempuan dan anak: paralegal komunitas,
anggota Satgas PPA, Relawan SAPA, aktivis PATBM/TAPBM, pengurus KRPPA di kelurahan, dan petugas UPTD PPA.
Materi disusun oleh fasilitator dan ditinjau oleh petugas lembaga sebelum diterbitkan.</p>
<h3>Sertifikat pelatihan, bukan lisensi</h3>
<p>Sertifikat yang diterbitkan lembaga melalui Pelita adalah <b>sertifikat pelatihan</b>. Sertifikat ini bukan
lisensi paralegal dan bukan gelar CPLA. Paralegal bantuan hukum direkrut dan ditugaskan oleh Pemberi Bantuan Hukum
yang terakreditasi sesuai UU No. 16 Tahun 2011 tentang Bantuan Hukum.</p>
<h3>Hemat kuota</h3>
<p>Halaman Pelita ringan dan tidak memuat apa pun dari situs lain. Video dan berkas unduhan selalu ditandai
ukurannya, dan setiap modul dapat dilanjutkan kapan saja.</p>
<h3>Butuh bantuan sekarang?</h3>
<p>Hubungi SAPA 129 (telepon 129 atau WhatsApp 08111-129-129). Dalam keadaan darurat, hubungi 112.</p>
"""

PRIVACY_BODY = """
<h2>Data yang kami simpan</h2>
<p>Pelita hanya menyimpan data yang diperlukan untuk pelatihan dan sertifikat: nama sesuai KTP, email atau nomor HP,
jenis organisasi, desa/kelurahan, kemajuan belajar, nilai, kehadiran, dan sertifikat. Pelita tidak menyimpan
catatan kasus.</p>
<h2>Hak Anda</h2>
<p>Sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak mengetahui data apa yang kami simpan,
memperbaikinya, dan meminta penghapusannya. Halaman verifikasi sertifikat untuk umum hanya menampilkan nama,
kursus, tanggal, lembaga penerbit, dan status sertifikat.</p>
<h2>Peserta di bawah 18 tahun</h2>
<p>Peserta yang belum berusia 18 tahun memerlukan persetujuan orang tua atau wali.</p>
"""
