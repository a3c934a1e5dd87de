import { deepFreeze } from "../../_lib/deep-freeze.js";
/**
 * The Indonesian message of every issue code: the one list of codes. A code exists when it has an
 * Indonesian message; {@link EN_MESSAGES} must give the same code the same placeholders (checked by
 * `tsc`). `{name}` is filled from the issue's `params`; `{name:kind}` renders the parameter (a code)
 * as its name in the locale (see `LabelKind`). A message never contains a value the caller submitted,
 * except the row label (`{label}`) of a published table given to `reconcile`, which names a category.
 *
 * Adding a code: add one line here and one in `en.ts`, under the heading of its context.
 *
 * @example
 * ```ts
 * ID_MESSAGES.EVENTS_TOO_MANY; //=> "Terlalu banyak peristiwa (paling banyak {max})."
 * ```
 */
export const ID_MESSAGES = /* @__PURE__ */ deepFreeze({
  // ── core: input shape, schema and calendar dates
  INPUT_NOT_STRING: "{field:path} harus berupa teks.",
  INPUT_NOT_OBJECT: "{field:path} harus berupa objek.",
  INPUT_NOT_ARRAY: "{field:path} harus berupa daftar (array).",
  INPUT_TOO_LONG: "{field:path} terlalu panjang (paling banyak {max} karakter).",
  INPUT_REQUIRED: "{field:path} wajib diisi.",
  SCHEMA_INVALID_TYPE: "{field:path} memiliki jenis yang salah (seharusnya {expected:valueType}).",
  SCHEMA_INVALID_VALUE: "{field:path} harus salah satu dari: {allowed:any}.",
  SCHEMA_INVALID_FORMAT: "{field:path} tidak mengikuti format yang ditentukan.",
  SCHEMA_TOO_SMALL: "{field:path} terlalu kecil atau terlalu pendek (paling sedikit {minimum}).",
  SCHEMA_TOO_BIG: "{field:path} terlalu besar atau terlalu panjang (paling banyak {maximum}).",
  SCHEMA_UNKNOWN_KEY: "{field:path} bukan kolom yang dikenal; hapus atau periksa ejaannya.",
  SCHEMA_UNRECOGNIZED_KEYS:
    "{field:path} memuat {count} kolom yang tidak dikenal; hapus atau periksa ejaannya.",
  SCHEMA_INVALID: "{field:path} tidak sesuai skema.",
  DATE_INVALID: "{field:path} harus berupa tanggal kalender yang sah dengan format YYYY-MM-DD.",
  DATETIME_INVALID:
    "{field:path} harus berupa tanggal-waktu ISO 8601 dengan zona waktu (misalnya 2025-01-31T09:00:00+07:00).",

  // ── identity/
  ID_NUMBER_AS_NUMBER:
    "Nomor identitas harus ditulis sebagai teks, bukan angka (angka menghilangkan nol di depan dan tidak dapat menyimpan 16 digit dengan tepat).",
  ID_NUMBER_INVALID_CHARACTERS:
    "Nomor identitas hanya boleh berisi angka 0–9 (spasi, titik, atau tanda hubung hanya sebagai pemisah kelompok).",
  ID_NUMBER_MISPLACED_SEPARATOR:
    "Pemisah dalam nomor identitas hanya boleh satu karakter di antara kelompok angka (setelah digit ke-2, 4, 6, 8, atau 12).",
  ID_NUMBER_LENGTH: "Nomor identitas harus terdiri dari {expected} digit (ditemukan {actual}).",
  ID_PROVINCE_CODE_UNKNOWN: "Dua digit pertama bukan kode provinsi Kemendagri yang dikenal.",
  ID_REGENCY_CODE_ZERO: "Kode kabupaten/kota (digit ke-3 dan ke-4) tidak boleh 00.",
  ID_DISTRICT_CODE_ZERO: "Kode kecamatan (digit ke-5 dan ke-6) tidak boleh 00.",
  NIK_BIRTH_DAY_INVALID:
    "Tanggal lahir dalam NIK (digit ke-7 dan ke-8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan.",
  NIK_BIRTH_MONTH_INVALID: "Bulan lahir dalam NIK (digit ke-9 dan ke-10) harus 01–12.",
  NIK_BIRTH_DATE_INVALID:
    "Tanggal lahir dalam NIK bukan tanggal kalender yang sah (misalnya 31 April, atau 29 Februari di tahun bukan kabisat).",
  NIK_SERIAL_ZERO: "Nomor urut NIK (empat digit terakhir) dimulai dari 0001, tidak boleh 0000.",
  NIK_BIRTH_DATE_MISMATCH:
    "Tanggal lahir yang tertanam dalam NIK berbeda dengan tanggal lahir yang dinyatakan. NIK tidak dapat diubah, jadi hal ini dapat terjadi secara sah; periksa dokumen sumbernya.",
  NIK_SEX_MISMATCH:
    "Jenis kelamin yang tertanam dalam NIK berbeda dengan jenis kelamin yang dinyatakan. NIK tidak dapat diubah, jadi hal ini dapat terjadi secara sah; periksa dokumen sumbernya.",
  PASSPORT_NUMBER_INVALID_CHARACTERS: "Nomor paspor hanya boleh berisi huruf A–Z dan angka 0–9.",
  PASSPORT_NUMBER_LOWERCASE: "Nomor paspor harus ditulis dengan huruf kapital.",
  PASSPORT_NUMBER_LENGTH: "Nomor paspor harus terdiri dari {min} sampai {max} karakter.",
  PASSPORT_NUMBER_PATTERN: "Nomor paspor tidak sesuai pola yang ditetapkan kebijakan.",

  // ── reference/
  REFERENCE_LABEL_UNKNOWN: "Label tidak dikenal dalam taksonomi {taxonomy:taxonomy}.",
  REFERENCE_LABEL_AMBIGUOUS:
    "Label dalam taksonomi {taxonomy:taxonomy} dapat berarti lebih dari satu entri ({candidates:any}); pilih salah satunya secara langsung.",
  REFERENCE_CODE_UNKNOWN: "Kode tidak dikenal dalam taksonomi {taxonomy:taxonomy}.",

  // ── policies/
  POLICY_NOT_IN_FORCE:
    "Tidak ada kebijakan yang berlaku pada tanggal yang menentukan (kebijakan paling awal mulai {earliest}).",
  POLICY_INVALID: "Kebijakan yang diberikan tidak sah; buat kebijakan dengan definePolicy.",

  // ── documents/
  DOCUMENT_MISSING: "Dokumen wajib {kind:document} belum ada.",
  DOCUMENT_EXPIRED: "Dokumen {kind:document} tidak berlaku lagi pada tanggal yang menentukan.",
  DOCUMENT_NOT_YET_VALID:
    "Dokumen {kind:document} belum berlaku atau belum diterbitkan pada tanggal yang menentukan.",
  DOCUMENT_DATES_INCONSISTENT:
    "Tanggal pada dokumen {kind:document} tidak konsisten (tanggal akhir sebelum tanggal awal).",
  AGE_BELOW_MINIMUM_AT_REGISTRATION:
    "Usia pada tanggal pendaftaran di bawah usia minimal {minimumAge} tahun.",
  AGE_BELOW_MINIMUM_AT_DEPARTURE: "Usia pada tanggal keberangkatan di bawah usia minimal {minimumAge} tahun.",
  AGE_BELOW_HOUSEHOLD_MINIMUM:
    "Usia di bawah {minimumAge} tahun untuk pekerjaan pada Pemberi Kerja perseorangan/rumah tangga.",
  BIRTH_DATE_UNKNOWN:
    "Tanggal lahir tidak dapat ditentukan dari dokumen, sehingga usia tidak dapat diperiksa.",
  PASSPORT_EXPIRES_BEFORE_DEPARTURE:
    "Paspor harus masih berlaku sesudah tanggal yang menentukan (habis berlaku pada atau sebelum hari itu).",
  PASSPORT_REMAINING_VALIDITY_SHORT:
    "Sisa masa berlaku paspor pada tanggal keberangkatan kurang dari {months} bulan.",
  HEALTH_CERT_NOT_FIT: "Surat keterangan sehat tidak menyatakan layak bekerja (fit).",
  HEALTH_CERT_WINDOW_EXCEEDED:
    "Surat keterangan sehat diterbitkan lebih dari {months} bulan sebelum tanggal yang menentukan.",
  HEALTH_CERT_VOID_PREGNANCY: "Surat keterangan sehat tidak berlaku karena calon PMI sedang hamil.",
  INFANT_BELOW_MINIMUM_AGE: "Calon PMI perempuan memiliki anak kandung berusia di bawah {months} bulan.",
  SOCSEC_PROGRAM_MISSING: "Kepesertaan jaminan sosial tidak mencakup program wajib {program:program}.",
  SOCSEC_PRE_WORK_COVER_EXPIRED:
    "Perlindungan jaminan sosial sebelum bekerja (paling lama {months} bulan sejak pendaftaran) sudah berakhir.",
  SOCSEC_CONTRIBUTION_BELOW_TARIFF: "Iuran sebelum bekerja yang dibayar kurang dari tarif Rp{tariff}.",
  WORKER_CARD_TYPE_NOT_ACCEPTED:
    "Kartu PMI ini ({cardType:cardType}) tidak diterima menurut kebijakan yang berlaku: kartu lama hanya diterima bila diterbitkan sebelum peralihan ke kartu yang berlaku.",
  IDENTITY_NIK_MISMATCH:
    "NIK pada {kind:document} tidak sama dengan NIK pada Kartu Tanda Penduduk elektronik (KTP-el).",
  IDENTITY_NAME_MISMATCH: "Nama pada {kind:document} tidak sama dengan nama pada {other:document}.",
  IDENTITY_BIRTH_DATE_MISMATCH:
    "Tanggal lahir pada {kind:document} tidak sama dengan tanggal lahir pada {other:document}.",
  WORKER_NOT_IN_FAMILY_CARD: "NIK calon PMI tidak tercantum sebagai anggota pada Kartu Keluarga.",
  DESTINATION_MISMATCH: "Negara tujuan pada {kind:document} tidak sama dengan negara tujuan penempatan.",
  POSITION_MISMATCH: "Jabatan pada {kind:document} tidak sesuai dengan jabatan penempatan.",
  MARRIAGE_BOOK_MISSING: "Calon PMI berstatus kawin tetapi fotokopi buku nikah tidak dilampirkan.",
  CONSENT_NOT_FROM_SPOUSE: "Calon PMI berstatus kawin: izin harus dari suami atau istri.",
  CONSENT_NOT_FROM_PARENT_OR_GUARDIAN:
    "Calon PMI tidak berstatus kawin: izin harus dari orang tua atau wali.",
  CONSENT_NOT_ACKNOWLEDGED: "Surat izin keluarga belum diketahui oleh kepala desa atau lurah.",
  CONTRACT_CONTENT_MISSING: "Perjanjian Kerja tidak memuat isi minimal: {item:contractItem}.",
  CONTRACT_SIGNED_AFTER_START:
    "Perjanjian Kerja ditandatangani sesudah tanggal mulai kerja; perjanjian harus ditandatangani sebelum hubungan kerja dimulai.",
  MORATORIUM_HOUSEHOLD_PLACEMENT:
    "Penempatan untuk pekerjaan sektor rumah tangga ke {country:country} dihentikan (moratorium).",
  SPSK_CONDITION_NOT_MET: "Syarat SPSK {condition:spskCondition} tidak terpenuhi.",
  DESTINATION_NOT_PERMITTED:
    "Negara {country:country} tidak termasuk daftar negara tujuan penempatan yang diizinkan.",
  INDIVIDUAL_ROUTE_REQUIRES_LEGAL_ENTITY: "Penempatan perseorangan hanya untuk Pemberi Kerja berbadan hukum.",
  COST_CHARGED_TO_WORKER:
    "Komponen biaya {component:costComponent} tidak boleh dibebankan kepada PMI untuk jabatan atau kategori pekerja ini.",
  LICENCE_NOT_ACTIVE: "{kind:document} tidak aktif (dicabut atau dibekukan).",
  CONSENT_SIGNER_NOT_SPOUSE:
    "Izin suami/istri tidak ditandatangani oleh pasangan yang tercatat pada {other:document}.",
  EMPLOYER_MISMATCH: "Nama Pemberi Kerja pada {kind:document} tidak sama dengan nama pada {other:document}.",
  ROUTE_NOT_PROCEDURAL:
    "Jalur nonprosedural bukan penempatan menurut UU 18/2017: dokumen tidak dapat dinilai lengkap.",

  // ── lifecycle/
  EVENTS_EMPTY: "Riwayat peristiwa kosong: kasus dimulai oleh peristiwa pertamanya.",
  EVENTS_TOO_MANY: "Terlalu banyak peristiwa (paling banyak {max}).",
  EVENT_TYPE_UNKNOWN: "Jenis peristiwa tidak dikenal.",
  EVENT_SEQ_GAP: "Nomor urut peristiwa melompat: diharapkan {expected}.",
  EVENT_SEQ_DUPLICATE: "Nomor urut peristiwa ini sudah dipakai.",
  EVENT_SEQ_OUT_OF_ORDER: "Peristiwa tidak berurutan: {expected} harus datang lebih dulu.",
  EVENT_AT_BEFORE_PREVIOUS: "Waktu peristiwa lebih awal daripada peristiwa sebelumnya.",
  EVENT_CANNOT_OPEN_CASE: 'Peristiwa "{event:event}" tidak dapat membuka kasus baru.',
  CASE_INCONSISTENT: "Isian kasus ini tidak sesuai dengan riwayat peristiwanya.",
  CASE_INVALID: "Kasus tidak sah: gunakan kasus hasil replay atau applyEvent.",
  TRANSITION_NOT_ALLOWED: 'Peristiwa "{event:event}" tidak diizinkan dalam status "{state:state}".',
  GUARD_ROUTE_NONPROCEDURAL:
    "Jalur nonprosedural tidak didaftarkan; catat kasusnya melalui peristiwa saat PMI ditemukan.",
  GUARD_AGE_BELOW_MINIMUM: "Usia di bawah batas minimum {minimumAge} tahun.",
  GUARD_DESTINATION_REQUIRED: "Negara tujuan wajib diisi untuk membuka kasus di luar negeri.",
  GUARD_JOB_ORDER_MISSING: "Belum ada job order (permintaan PMI) untuk kasus ini.",
  GUARD_JOB_ORDER_MISMATCH: "Seleksi menyebut job order lain daripada job order kasus ini.",
  GUARD_JOB_ORDER_NOT_VERIFIED: "Job order belum diverifikasi oleh Perwakilan RI (atase ketenagakerjaan).",
  GUARD_SIP2MI_MISSING: "SIP2MI untuk job order ini belum terbit.",
  GUARD_LICENCE_INVALID:
    "Izin perusahaan penempatan (SIP3MI) atau izin perekrutan (SIP2MI) tidak sah untuk job order ini pada {date}.",
  GUARD_DESTINATION_NOT_ALLOWED:
    "Penempatan ke negara tujuan ini tidak diizinkan untuk pekerjaan ini pada {date}.",
  GUARD_SELECTION_ALREADY_STARTED: "Seleksi untuk kasus ini sudah dimulai.",
  GUARD_SELECTION_NOT_IN_PROGRESS: "Tidak ada seleksi yang sedang berjalan.",
  GUARD_SELECTION_NOT_PASSED: "CPMI belum lulus seleksi.",
  GUARD_MEDICAL_NOT_FIT: "Belum ada hasil pemeriksaan kesehatan dan psikologi yang menyatakan sehat (fit).",
  GUARD_PLACEMENT_AGREEMENT_MISSING: "Perjanjian Penempatan belum ditandatangani.",
  GUARD_SOCIAL_SECURITY_PROGRAMS_MISSING:
    "Program jaminan sosial wajib yang belum didaftarkan: {programs:program}.",
  GUARD_SOCIAL_SECURITY_MISSING: "CPMI belum terdaftar dalam jaminan sosial ketenagakerjaan.",
  GUARD_PRE_WORK_COVER_EXPIRED:
    "Perlindungan jaminan sosial sebelum bekerja sudah lewat {months} bulan; daftar dan bayar ulang.",
  GUARD_OPP_MISSING: "Orientasi Pra Pemberangkatan (OPP) belum diikuti.",
  GUARD_DOSSIER_INCOMPLETE: "Dokumen penempatan belum lengkap atau tidak sah pada {date}.",
  GUARD_PLACEMENT_DETAILS_MISSING: "Data penempatan belum diketahui: {field:placementField}.",
  GUARD_EMPLOYMENT_CONTRACT_MISSING: "Perjanjian Kerja yang ditandatangani belum ada dalam berkas.",
  GUARD_EXTENSION_EMPLOYER_CHANGED:
    "Perpanjangan hanya untuk Pemberi Kerja yang sama; Pemberi Kerja baru berarti kasus baru.",
  GUARD_EXTENSION_EMPLOYER_UNKNOWN:
    "Pemberi Kerja semula tidak diketahui, sehingga kesamaan Pemberi Kerja tidak dapat diperiksa.",
  GUARD_EXTENSION_NOT_BEFORE_MISSION: "Perpanjangan harus dilakukan di hadapan pejabat Perwakilan RI.",
  GUARD_EXTENSION_NOT_VERIFIED: "Laporan perpanjangan dari P3MI belum diverifikasi Perwakilan RI.",
  GUARD_EXTENSION_CONSENT_MISSING: "Izin keluarga untuk perpanjangan belum diperbarui.",
  GUARD_EXTENSION_SOCIAL_SECURITY_MISSING: "Jaminan sosial belum diperpanjang untuk masa perpanjangan.",
  GUARD_EXTENSION_END_NOT_LATER: "Tanggal akhir kontrak baru harus sesudah tanggal akhir yang lama.",
  GUARD_REENTRY_VISA_MISSING: "Visa re-entry belum ada dalam berkas.",
  GUARD_REENTRY_DOCUMENTS_INVALID: "Paspor atau visa re-entry tidak sah untuk kembali bekerja pada {date}.",
  GUARD_CONTRACT_ENDED: "Perjanjian Kerja sudah berakhir pada {date}.",
  GUARD_RETURN_REASON_NOT_A_RETURN:
    'Alasan "{reason:returnReason}" dicatat dengan peristiwa "{useEvent:event}", bukan sebagai kepulangan.',
  GUARD_RETURN_REASON_REQUIRED: "Alasan kepulangan wajib diisi.",
  GUARD_RETURN_NOT_VERIFIED: "Laporan kepulangan dari P3MI belum diverifikasi Perwakilan RI.",
  GUARD_FIT_TO_RETURN_MISSING: "Surat keterangan layak dipulangkan belum ada.",
  GUARD_HANDOVER_NOT_WITNESSED: "Serah terima kepada keluarga harus disaksikan pemerintah daerah atau desa.",
  GUARD_REMAINS_STEP_OUT_OF_ORDER:
    "Langkah pemulangan jenazah tidak berurutan (status sekarang: {status:remainsStatus}).",
  GUARD_DOCUMENT_NOT_IN_CASE: "Dokumen jenis {kind:document} tidak ada dalam berkas kasus.",
  GUARD_COMPLAINT_NOT_ABROAD:
    "Pengaduan gagal berangkat tidak dapat membuka kasus di luar negeri: daftarkan dulu CPMI lalu ajukan pengaduannya pada kasus itu.",
  COMPLAINT_DUPLICATE_ID: "Pengaduan dengan pengenal ini sudah ada dalam kasus.",
  COMPLAINT_NOT_FOUND: "Pengaduan dengan pengenal ini tidak ada dalam kasus.",
  COMPLAINT_TRANSITION_NOT_ALLOWED:
    'Peristiwa "{event:event}" tidak diizinkan untuk pengaduan berstatus "{status:complaintStatus}".',

  // ── statistics/
  STATISTICS_COUNT_NOT_NUMBER: "Jumlah harus berupa angka yang terhingga.",
  STATISTICS_COUNT_NEGATIVE: "Jumlah tidak boleh negatif.",
  STATISTICS_COUNT_NOT_INTEGER: "Jumlah harus berupa bilangan bulat.",
  STATISTICS_COUNT_TOO_LARGE: "Jumlah terlalu besar (paling banyak {max}).",
  STATISTICS_COUNT_EXCEEDS_TOTAL: "Bagian tidak boleh melebihi totalnya.",
  STATISTICS_OPTIONS_INVALID: "{field:path} bukan opsi yang sah.",
  STATISTICS_DECIMALS_INVALID: "Jumlah desimal harus bilangan bulat dari 0 sampai {max}.",
  STATISTICS_ROUNDING_INVALID: "Pembulatan harus 'half-up' atau 'truncate'.",
  STATISTICS_TOP_INVALID: "Jumlah peringkat teratas harus bilangan bulat positif.",
  STATISTICS_NUMBER_UNPARSEABLE: "Teks bukan angka dalam format {locale:numberLocale} yang dikenali.",
  STATISTICS_RECORDS_NOT_ITERABLE:
    "Data harus berupa kumpulan rekaman yang dapat diiterasi (array atau generator).",
  STATISTICS_DIMENSION_INVALID: "Dimensi harus berupa objek dengan nama dan fungsi kunci.",
  STATISTICS_DIMENSIONS_DIFFER: "Tabulasi hanya dapat digabung bila dimensinya sama.",
  STATISTICS_TALLY_INVALID:
    "Tabulasi tidak sah: total tidak sama dengan jumlah barisnya atau ada baris ganda.",
  STATISTICS_GRANULARITY_INVALID: "Periode harus 'month', 'quarter', 'semester' atau 'year'.",
  STATISTICS_PERIOD_INVALID: "Kode periode tidak sah (contoh: 2024-09, 2024-Q3, 2024-S2, 2024).",
  STATISTICS_RANGE_INVALID: "Awal rentang periode harus sebelum atau sama dengan akhirnya.",
  STATISTICS_RANGE_TOO_LONG: "Rentang periode terlalu panjang (paling banyak {max} periode).",
  STATISTICS_VALUES_INVALID: "Nilai harus berupa daftar angka terhingga.",
  STATISTICS_PERCENTILE_INVALID: "Persentil harus angka dari 0 sampai 100.",
  STATISTICS_FIGURE_MISMATCH:
    'Angka "{label}" yang dipublikasikan berbeda dari hasil hitung ulang lebih dari satu satuan pada digit terakhir yang dicetak.',
  STATISTICS_FIGURE_OFF_BY_ONE:
    'Angka "{label}" berbeda satu satuan pada digit terakhir yang dicetak dan tidak dijelaskan oleh pembulatan mana pun.',
  STATISTICS_DIRECTION_MISMATCH: 'Arah perubahan "{label}" yang dipublikasikan tidak sesuai dengan angkanya.',
  STATISTICS_DIRECTION_UNKNOWN:
    'Kata arah perubahan "{label}" tidak dikenali (gunakan naik, turun atau tetap).',
  STATISTICS_DIFFERENCE_MISMATCH:
    'Selisih "{label}" yang dipublikasikan tidak sama dengan selisih angka-angkanya.',
  STATISTICS_BREAKDOWN_SUM_MISMATCH: 'Rincian "{label}" tidak berjumlah sama dengan totalnya.',
  STATISTICS_BREAKDOWN_PARTIAL: 'Rincian "{label}" bersifat sebagian; sisa {residual} tidak dirinci.',
  STATISTICS_ROW_DUPLICATE:
    'Baris "{label}" mengulang kategori baris sebelumnya dalam rincian yang sama (varian label).',
  STATISTICS_DENOMINATOR_MISSING:
    'Persentase "{label}" tidak dapat diperiksa karena total (penyebut) tidak diketahui.',
  STATISTICS_DENOMINATOR_ZERO: "Nilai tidak terdefinisi karena penyebutnya nol.",
  STATISTICS_NUMBER_AMBIGUOUS:
    "Pemisah angka dapat dibaca dua cara; dibaca dengan format {locale:numberLocale}, bukan {other:numberLocale}.",
  STATISTICS_SHARES_SUM_MISMATCH:
    'Persentase dalam rincian "{label}" tidak berjumlah 100 dalam batas pembulatannya.',
  STATISTICS_BREAKDOWNS_DIFFER:
    'Rincian "{label}" tidak berjumlah sama dengan rincian lain dari total yang sama.',
  STATISTICS_TARGET_CLAIM_MISMATCH:
    '"{label}" dilaporkan mencapai target (atau tidak) berlawanan dengan angkanya.',
  STATISTICS_ROUNDING_MIXED:
    'Tabel mencampur cara pembulatan: {count} angka (mis. "{label}") tidak dibulatkan secara {dominant:rounding} seperti angka lainnya.',
  STATISTICS_SYSTEMATIC_ERROR:
    '{count} angka (mis. "{label}") salah dengan cara yang sama: dihitung dari total lain ({base}).',
  STATISTICS_PERCENT_IMPLAUSIBLE: 'Persentase "{label}" terlalu besar untuk sebuah persentase.',
  STATISTICS_PERCENT_SCALED:
    'Persentase "{label}" ditulis dengan kata satuan (ribu, juta…), padahal persentase tidak pernah memakainya.',
} as const);
