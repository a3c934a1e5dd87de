// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run regions:generate` (scripts/generate-regions.mjs).
//
// Source: idn-area-data 4.0.1 (https://github.com/fityannugroho/idn-area-data), files
// data/provinces.csv and data/regencies.csv, compiled by its authors from the Kemendagri decrees on
// region codes (Keputusan Menteri Dalam Negeri on "Pemberian dan Pemutakhiran Kode, Data Wilayah
// Administrasi Pemerintahan, dan Pulau") and UU 29/2022.
//
// License: this table is a Derivative Database of idn-area-data's data, which is made available
// under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1-0/.
// This file (and its copies in dist/) is likewise made available under the ODbL 1.0, not under the
// MIT License of the library code. See DATA-LICENSE.md.
//
// 38 provinces, 514 regencies and cities.

/**
 * Where the region table comes from, and under which license it is made available.
 *
 * @example
 * ```ts
 * REGIONS_SOURCE.license; //=> "ODbL-1.0"
 * ```
 */
export const REGIONS_SOURCE = /* @__PURE__ */ Object.freeze({
  package: "idn-area-data",
  version: "4.0.1",
  url: "https://github.com/fityannugroho/idn-area-data",
  license: "ODbL-1.0",
  licenseUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
} as const);

/**
 * One string per province, ordered by code: `"PP Province name|KK Regency name|…"`, where `KK`
 * is the 2-digit part of the regency code within the province. Decoded by `tables.ts`.
 * @internal
 */
export const REGION_DATA: readonly string[] = /* @__PURE__ */ Object.freeze([
  "11 Aceh|01 Kabupaten Aceh Selatan|02 Kabupaten Aceh Tenggara|03 Kabupaten Aceh Timur|04 Kabupaten Aceh Tengah|05 Kabupaten Aceh Barat|06 Kabupaten Aceh Besar|07 Kabupaten Pidie|08 Kabupaten Aceh Utara|09 Kabupaten Simeulue|10 Kabupaten Aceh Singkil|11 Kabupaten Bireuen|12 Kabupaten Aceh Barat Daya|13 Kabupaten Gayo Lues|14 Kabupaten Aceh Jaya|15 Kabupaten Nagan Raya|16 Kabupaten Aceh Tamiang|17 Kabupaten Bener Meriah|18 Kabupaten Pidie Jaya|71 Kota Banda Aceh|72 Kota Sabang|73 Kota Lhokseumawe|74 Kota Langsa|75 Kota Subulussalam",
  "12 Sumatera Utara|01 Kabupaten Tapanuli Tengah|02 Kabupaten Tapanuli Utara|03 Kabupaten Tapanuli Selatan|04 Kabupaten Nias|05 Kabupaten Langkat|06 Kabupaten Karo|07 Kabupaten Deli Serdang|08 Kabupaten Simalungun|09 Kabupaten Asahan|10 Kabupaten Labuhanbatu|11 Kabupaten Dairi|12 Kabupaten Toba|13 Kabupaten Mandailing Natal|14 Kabupaten Nias Selatan|15 Kabupaten Pakpak Bharat|16 Kabupaten Humbang Hasundutan|17 Kabupaten Samosir|18 Kabupaten Serdang Bedagai|19 Kabupaten Batu Bara|20 Kabupaten Padang Lawas Utara|21 Kabupaten Padang Lawas|22 Kabupaten Labuhanbatu Selatan|23 Kabupaten Labuhanbatu Utara|24 Kabupaten Nias Utara|25 Kabupaten Nias Barat|71 Kota Medan|72 Kota Pematangsiantar|73 Kota Sibolga|74 Kota Tanjungbalai|75 Kota Binjai|76 Kota Tebing Tinggi|77 Kota Padangsidimpuan|78 Kota Gunungsitoli",
  "13 Sumatera Barat|01 Kabupaten Pesisir Selatan|02 Kabupaten Solok|03 Kabupaten Sijunjung|04 Kabupaten Tanah Datar|05 Kabupaten Padang Pariaman|06 Kabupaten Agam|07 Kabupaten Lima Puluh Kota|08 Kabupaten Pasaman|09 Kabupaten Kepulauan Mentawai|10 Kabupaten Dharmasraya|11 Kabupaten Solok Selatan|12 Kabupaten Pasaman Barat|71 Kota Padang|72 Kota Solok|73 Kota Sawahlunto|74 Kota Padang Panjang|75 Kota Bukittinggi|76 Kota Payakumbuh|77 Kota Pariaman",
  "14 Riau|01 Kabupaten Kampar|02 Kabupaten Indragiri Hulu|03 Kabupaten Bengkalis|04 Kabupaten Indragiri Hilir|05 Kabupaten Pelalawan|06 Kabupaten Rokan Hulu|07 Kabupaten Rokan Hilir|08 Kabupaten Siak|09 Kabupaten Kuantan Singingi|10 Kabupaten Kepulauan Meranti|71 Kota Pekanbaru|72 Kota Dumai",
  "15 Jambi|01 Kabupaten Kerinci|02 Kabupaten Merangin|03 Kabupaten Sarolangun|04 Kabupaten Batanghari|05 Kabupaten Muaro Jambi|06 Kabupaten Tanjung Jabung Barat|07 Kabupaten Tanjung Jabung Timur|08 Kabupaten Bungo|09 Kabupaten Tebo|71 Kota Jambi|72 Kota Sungai Penuh",
  "16 Sumatera Selatan|01 Kabupaten Ogan Komering Ulu|02 Kabupaten Ogan Komering Ilir|03 Kabupaten Muara Enim|04 Kabupaten Lahat|05 Kabupaten Musi Rawas|06 Kabupaten Musi Banyuasin|07 Kabupaten Banyuasin|08 Kabupaten Ogan Komering Ulu Timur|09 Kabupaten Ogan Komering Ulu Selatan|10 Kabupaten Ogan Ilir|11 Kabupaten Empat Lawang|12 Kabupaten Penukal Abab Lematang Ilir|13 Kabupaten Musi Rawas Utara|71 Kota Palembang|72 Kota Pagar Alam|73 Kota Lubuk Linggau|74 Kota Prabumulih",
  "17 Bengkulu|01 Kabupaten Bengkulu Selatan|02 Kabupaten Rejang Lebong|03 Kabupaten Bengkulu Utara|04 Kabupaten Kaur|05 Kabupaten Seluma|06 Kabupaten Mukomuko|07 Kabupaten Lebong|08 Kabupaten Kepahiang|09 Kabupaten Bengkulu Tengah|71 Kota Bengkulu",
  "18 Lampung|01 Kabupaten Lampung Selatan|02 Kabupaten Lampung Tengah|03 Kabupaten Lampung Utara|04 Kabupaten Lampung Barat|05 Kabupaten Tulang Bawang|06 Kabupaten Tanggamus|07 Kabupaten Lampung Timur|08 Kabupaten Way Kanan|09 Kabupaten Pesawaran|10 Kabupaten Pringsewu|11 Kabupaten Mesuji|12 Kabupaten Tulang Bawang Barat|13 Kabupaten Pesisir Barat|71 Kota Bandar Lampung|72 Kota Metro",
  "19 Kepulauan Bangka Belitung|01 Kabupaten Bangka|02 Kabupaten Belitung|03 Kabupaten Bangka Selatan|04 Kabupaten Bangka Tengah|05 Kabupaten Bangka Barat|06 Kabupaten Belitung Timur|71 Kota Pangkal Pinang",
  "21 Kepulauan Riau|01 Kabupaten Bintan|02 Kabupaten Karimun|03 Kabupaten Natuna|04 Kabupaten Lingga|05 Kabupaten Kepulauan Anambas|71 Kota Batam|72 Kota Tanjung Pinang",
  "31 Daerah Khusus Ibukota Jakarta|01 Kabupaten Administrasi Kepulauan Seribu|71 Kota Administrasi Jakarta Pusat|72 Kota Administrasi Jakarta Utara|73 Kota Administrasi Jakarta Barat|74 Kota Administrasi Jakarta Selatan|75 Kota Administrasi Jakarta Timur",
  "32 Jawa Barat|01 Kabupaten Bogor|02 Kabupaten Sukabumi|03 Kabupaten Cianjur|04 Kabupaten Bandung|05 Kabupaten Garut|06 Kabupaten Tasikmalaya|07 Kabupaten Ciamis|08 Kabupaten Kuningan|09 Kabupaten Cirebon|10 Kabupaten Majalengka|11 Kabupaten Sumedang|12 Kabupaten Indramayu|13 Kabupaten Subang|14 Kabupaten Purwakarta|15 Kabupaten Karawang|16 Kabupaten Bekasi|17 Kabupaten Bandung Barat|18 Kabupaten Pangandaran|71 Kota Bogor|72 Kota Sukabumi|73 Kota Bandung|74 Kota Cirebon|75 Kota Bekasi|76 Kota Depok|77 Kota Cimahi|78 Kota Tasikmalaya|79 Kota Banjar",
  "33 Jawa Tengah|01 Kabupaten Cilacap|02 Kabupaten Banyumas|03 Kabupaten Purbalingga|04 Kabupaten Banjarnegara|05 Kabupaten Kebumen|06 Kabupaten Purworejo|07 Kabupaten Wonosobo|08 Kabupaten Magelang|09 Kabupaten Boyolali|10 Kabupaten Klaten|11 Kabupaten Sukoharjo|12 Kabupaten Wonogiri|13 Kabupaten Karanganyar|14 Kabupaten Sragen|15 Kabupaten Grobogan|16 Kabupaten Blora|17 Kabupaten Rembang|18 Kabupaten Pati|19 Kabupaten Kudus|20 Kabupaten Jepara|21 Kabupaten Demak|22 Kabupaten Semarang|23 Kabupaten Temanggung|24 Kabupaten Kendal|25 Kabupaten Batang|26 Kabupaten Pekalongan|27 Kabupaten Pemalang|28 Kabupaten Tegal|29 Kabupaten Brebes|71 Kota Magelang|72 Kota Surakarta|73 Kota Salatiga|74 Kota Semarang|75 Kota Pekalongan|76 Kota Tegal",
  "34 Daerah Istimewa Yogyakarta|01 Kabupaten Kulon Progo|02 Kabupaten Bantul|03 Kabupaten Gunungkidul|04 Kabupaten Sleman|71 Kota Yogyakarta",
  "35 Jawa Timur|01 Kabupaten Pacitan|02 Kabupaten Ponorogo|03 Kabupaten Trenggalek|04 Kabupaten Tulungagung|05 Kabupaten Blitar|06 Kabupaten Kediri|07 Kabupaten Malang|08 Kabupaten Lumajang|09 Kabupaten Jember|10 Kabupaten Banyuwangi|11 Kabupaten Bondowoso|12 Kabupaten Situbondo|13 Kabupaten Probolinggo|14 Kabupaten Pasuruan|15 Kabupaten Sidoarjo|16 Kabupaten Mojokerto|17 Kabupaten Jombang|18 Kabupaten Nganjuk|19 Kabupaten Madiun|20 Kabupaten Magetan|21 Kabupaten Ngawi|22 Kabupaten Bojonegoro|23 Kabupaten Tuban|24 Kabupaten Lamongan|25 Kabupaten Gresik|26 Kabupaten Bangkalan|27 Kabupaten Sampang|28 Kabupaten Pamekasan|29 Kabupaten Sumenep|71 Kota Kediri|72 Kota Blitar|73 Kota Malang|74 Kota Probolinggo|75 Kota Pasuruan|76 Kota Mojokerto|77 Kota Madiun|78 Kota Surabaya|79 Kota Batu",
  "36 Banten|01 Kabupaten Pandeglang|02 Kabupaten Lebak|03 Kabupaten Tangerang|04 Kabupaten Serang|71 Kota Tangerang|72 Kota Cilegon|73 Kota Serang|74 Kota Tangerang Selatan",
  "51 Bali|01 Kabupaten Jembrana|02 Kabupaten Tabanan|03 Kabupaten Badung|04 Kabupaten Gianyar|05 Kabupaten Klungkung|06 Kabupaten Bangli|07 Kabupaten Karangasem|08 Kabupaten Buleleng|71 Kota Denpasar",
  "52 Nusa Tenggara Barat|01 Kabupaten Lombok Barat|02 Kabupaten Lombok Tengah|03 Kabupaten Lombok Timur|04 Kabupaten Sumbawa|05 Kabupaten Dompu|06 Kabupaten Bima|07 Kabupaten Sumbawa Barat|08 Kabupaten Lombok Utara|71 Kota Mataram|72 Kota Bima",
  "53 Nusa Tenggara Timur|01 Kabupaten Kupang|02 Kabupaten Timor Tengah Selatan|03 Kabupaten Timor Tengah Utara|04 Kabupaten Belu|05 Kabupaten Alor|06 Kabupaten Flores Timur|07 Kabupaten Sikka|08 Kabupaten Ende|09 Kabupaten Ngada|10 Kabupaten Manggarai|11 Kabupaten Sumba Timur|12 Kabupaten Sumba Barat|13 Kabupaten Lembata|14 Kabupaten Rote Ndao|15 Kabupaten Manggarai Barat|16 Kabupaten Nagekeo|17 Kabupaten Sumba Tengah|18 Kabupaten Sumba Barat Daya|19 Kabupaten Manggarai Timur|20 Kabupaten Sabu Raijua|21 Kabupaten Malaka|71 Kota Kupang",
  "61 Kalimantan Barat|01 Kabupaten Sambas|02 Kabupaten Mempawah|03 Kabupaten Sanggau|04 Kabupaten Ketapang|05 Kabupaten Sintang|06 Kabupaten Kapuas Hulu|07 Kabupaten Bengkayang|08 Kabupaten Landak|09 Kabupaten Sekadau|10 Kabupaten Melawi|11 Kabupaten Kayong Utara|12 Kabupaten Kubu Raya|71 Kota Pontianak|72 Kota Singkawang",
  "62 Kalimantan Tengah|01 Kabupaten Kotawaringin Barat|02 Kabupaten Kotawaringin Timur|03 Kabupaten Kapuas|04 Kabupaten Barito Selatan|05 Kabupaten Barito Utara|06 Kabupaten Katingan|07 Kabupaten Seruyan|08 Kabupaten Sukamara|09 Kabupaten Lamandau|10 Kabupaten Gunung Mas|11 Kabupaten Pulang Pisau|12 Kabupaten Murung Raya|13 Kabupaten Barito Timur|71 Kota Palangkaraya",
  "63 Kalimantan Selatan|01 Kabupaten Tanah Laut|02 Kabupaten Kotabaru|03 Kabupaten Banjar|04 Kabupaten Barito Kuala|05 Kabupaten Tapin|06 Kabupaten Hulu Sungai Selatan|07 Kabupaten Hulu Sungai Tengah|08 Kabupaten Hulu Sungai Utara|09 Kabupaten Tabalong|10 Kabupaten Tanah Bumbu|11 Kabupaten Balangan|71 Kota Banjarmasin|72 Kota Banjarbaru",
  "64 Kalimantan Timur|01 Kabupaten Paser|02 Kabupaten Kutai Kartanegara|03 Kabupaten Berau|07 Kabupaten Kutai Barat|08 Kabupaten Kutai Timur|09 Kabupaten Penajam Paser Utara|11 Kabupaten Mahakam Ulu|71 Kota Balikpapan|72 Kota Samarinda|74 Kota Bontang",
  "65 Kalimantan Utara|01 Kabupaten Bulungan|02 Kabupaten Malinau|03 Kabupaten Nunukan|04 Kabupaten Tana Tidung|71 Kota Tarakan",
  "71 Sulawesi Utara|01 Kabupaten Bolaang Mongondow|02 Kabupaten Minahasa|03 Kabupaten Kepulauan Sangihe|04 Kabupaten Kepulauan Talaud|05 Kabupaten Minahasa Selatan|06 Kabupaten Minahasa Utara|07 Kabupaten Minahasa Tenggara|08 Kabupaten Bolaang Mongondow Utara|09 Kabupaten Kepulauan Siau Tagulandang Biaro|10 Kabupaten Bolaang Mongondow Timur|11 Kabupaten Bolaang Mongondow Selatan|71 Kota Manado|72 Kota Bitung|73 Kota Tomohon|74 Kota Kotamobagu",
  "72 Sulawesi Tengah|01 Kabupaten Banggai|02 Kabupaten Poso|03 Kabupaten Donggala|04 Kabupaten Toli-Toli|05 Kabupaten Buol|06 Kabupaten Morowali|07 Kabupaten Banggai Kepulauan|08 Kabupaten Parigi Moutong|09 Kabupaten Tojo Una Una|10 Kabupaten Sigi|11 Kabupaten Banggai Laut|12 Kabupaten Morowali Utara|71 Kota Palu",
  "73 Sulawesi Selatan|01 Kabupaten Kepulauan Selayar|02 Kabupaten Bulukumba|03 Kabupaten Bantaeng|04 Kabupaten Jeneponto|05 Kabupaten Takalar|06 Kabupaten Gowa|07 Kabupaten Sinjai|08 Kabupaten Bone|09 Kabupaten Maros|10 Kabupaten Pangkajene dan Kepulauan|11 Kabupaten Barru|12 Kabupaten Soppeng|13 Kabupaten Wajo|14 Kabupaten Sidenreng Rappang|15 Kabupaten Pinrang|16 Kabupaten Enrekang|17 Kabupaten Luwu|18 Kabupaten Tana Toraja|22 Kabupaten Luwu Utara|24 Kabupaten Luwu Timur|26 Kabupaten Toraja Utara|71 Kota Makassar|72 Kota Parepare|73 Kota Palopo",
  "74 Sulawesi Tenggara|01 Kabupaten Kolaka|02 Kabupaten Konawe|03 Kabupaten Muna|04 Kabupaten Buton|05 Kabupaten Konawe Selatan|06 Kabupaten Bombana|07 Kabupaten Wakatobi|08 Kabupaten Kolaka Utara|09 Kabupaten Konawe Utara|10 Kabupaten Buton Utara|11 Kabupaten Kolaka Timur|12 Kabupaten Konawe Kepulauan|13 Kabupaten Muna Barat|14 Kabupaten Buton Tengah|15 Kabupaten Buton Selatan|71 Kota Kendari|72 Kota Bau Bau",
  "75 Gorontalo|01 Kabupaten Gorontalo|02 Kabupaten Boalemo|03 Kabupaten Bone Bolango|04 Kabupaten Pohuwato|05 Kabupaten Gorontalo Utara|71 Kota Gorontalo",
  "76 Sulawesi Barat|01 Kabupaten Pasangkayu|02 Kabupaten Mamuju|03 Kabupaten Mamasa|04 Kabupaten Polewali Mandar|05 Kabupaten Majene|06 Kabupaten Mamuju Tengah",
  "81 Maluku|01 Kabupaten Maluku Tengah|02 Kabupaten Maluku Tenggara|03 Kabupaten Kepulauan Tanimbar|04 Kabupaten Buru|05 Kabupaten Seram Bagian Timur|06 Kabupaten Seram Bagian Barat|07 Kabupaten Kepulauan Aru|08 Kabupaten Maluku Barat Daya|09 Kabupaten Buru Selatan|71 Kota Ambon|72 Kota Tual",
  "82 Maluku Utara|01 Kabupaten Halmahera Barat|02 Kabupaten Halmahera Tengah|03 Kabupaten Halmahera Utara|04 Kabupaten Halmahera Selatan|05 Kabupaten Kepulauan Sula|06 Kabupaten Halmahera Timur|07 Kabupaten Pulau Morotai|08 Kabupaten Pulau Taliabu|71 Kota Ternate|72 Kota Tidore Kepulauan",
  "91 Papua|03 Kabupaten Jayapura|05 Kabupaten Kepulauan Yapen|06 Kabupaten Biak Numfor|10 Kabupaten Sarmi|11 Kabupaten Keerom|15 Kabupaten Waropen|19 Kabupaten Supiori|20 Kabupaten Mamberamo Raya|71 Kota Jayapura",
  "92 Papua Barat|02 Kabupaten Manokwari|03 Kabupaten Fak Fak|06 Kabupaten Teluk Bintuni|07 Kabupaten Teluk Wondama|08 Kabupaten Kaimana|11 Kabupaten Manokwari Selatan|12 Kabupaten Pegunungan Arfak",
  "93 Papua Selatan|01 Kabupaten Merauke|02 Kabupaten Boven Digoel|03 Kabupaten Mappi|04 Kabupaten Asmat",
  "94 Papua Tengah|01 Kabupaten Nabire|02 Kabupaten Puncak Jaya|03 Kabupaten Paniai|04 Kabupaten Mimika|05 Kabupaten Puncak|06 Kabupaten Dogiyai|07 Kabupaten Intan Jaya|08 Kabupaten Deiyai",
  "95 Papua Pegunungan|01 Kabupaten Jayawijaya|02 Kabupaten Pegunungan Bintang|03 Kabupaten Yahukimo|04 Kabupaten Tolikara|05 Kabupaten Mamberamo Tengah|06 Kabupaten Yalimo|07 Kabupaten Lanny Jaya|08 Kabupaten Nduga",
  "96 Papua Barat Daya|01 Kabupaten Sorong|02 Kabupaten Sorong Selatan|03 Kabupaten Raja Ampat|04 Kabupaten Tambrauw|05 Kabupaten Maybrat|71 Kota Sorong",
]);
