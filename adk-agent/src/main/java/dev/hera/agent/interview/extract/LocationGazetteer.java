package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hera.agent.text.Prefectures;

/**
 * Place names Hera recognises without a network: the 47 prefectures, Japan's major cities, the
 * Tokyo wards and well-known neighbourhoods (in kanji/kana and romaji), and major world cities,
 * countries and states (in English and katakana).
 * <p>
 * The prefectures come from {@link Prefectures}; each other row is {@code KIND|ja canonical|en canonical|surfaces}. A Japanese surface of a prefecture,
 * city or country is kept as the person typed it ({@code =}); a ward or neighbourhood said alone
 * is completed (港区 → 東京都港区, 梅田 → 大阪府大阪市北区梅田); a Latin surface becomes the English
 * name. Surface prefixes: {@code !} match case-sensitively (LA, US), {@code ?} only count right
 * next to a word such as 「住んでいます」 (大分 also means "quite"), {@code ~} is also a given name
 * (Austin, Sydney), so "I'm Sydney" stays a name.
 */
final class LocationGazetteer {

    enum Kind {
        COUNTRY(0), REGION(1), CITY(2), WARD(3), NEIGHBOURHOOD(3);

        final int specificity;

        Kind(int specificity) {
            this.specificity = specificity;
        }
    }

    /** One way of writing a place. */
    record Place(String surface, String canonical, Kind kind, boolean caseSensitive, boolean weak, boolean givenName,
            String lowerSurface) {

        boolean latin() {
            return surface.chars().allMatch(c -> c < 0x250);
        }
    }

    /** A place found at [start, end) of the normalised text. */
    record Match(int start, int end, Place place) {
    }

    /** Prefectures whose capital is written like them (新潟市) and counts as the prefecture when named. */
    private static final Set<String> CAPITALS_NAMED_LIKE_THEIR_PREFECTURE = Set.of("新潟", "富山", "福井", "長野", "岐阜", "静岡", "京都", "大阪", "奈良", "和歌山", "鳥取", "岡山", "広島", "徳島", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島");

    /** The prefectures' rows, from the one table of them. */
    private static final String PREFECTURES = prefectureRows();

    private static final String DATA = """
            REGION|=|Kansai|関西,Kansai
            REGION|=|Kanto|関東,Kanto
            REGION|=|Kyushu|九州,Kyushu
            REGION|=|Shikoku|四国,Shikoku
            REGION|=|Tohoku|東北,Tohoku
            REGION|=|Hokuriku|北陸,Hokuriku
            CITY|=|Sapporo|札幌,札幌市,Sapporo
            CITY|=|Hakodate|函館,函館市,Hakodate
            CITY|=|Asahikawa|旭川,旭川市,Asahikawa
            CITY|=|Otaru|小樽,小樽市,Otaru
            CITY|=|Sendai|仙台,仙台市,Sendai
            CITY|=|Morioka|盛岡,盛岡市,Morioka
            CITY|=|Koriyama|郡山,郡山市,いわき,いわき市
            CITY|=|Mito|水戸,水戸市,Mito
            CITY|=|Tsukuba|つくば,つくば市,Tsukuba
            CITY|=|Utsunomiya|宇都宮,宇都宮市,Utsunomiya
            CITY|=|Maebashi|前橋,前橋市,Maebashi
            CITY|=|Takasaki|高崎,高崎市,Takasaki
            CITY|=|Saitama|さいたま,さいたま市,川越,川越市,川口市,所沢,所沢市,越谷,越谷市
            CITY|=|Chiba|千葉市
            CITY|=|Funabashi|船橋,船橋市,柏市,松戸,松戸市,浦安,浦安市,幕張,Funabashi
            CITY|=|Hachioji|八王子,八王子市,町田,町田市,立川,立川市,武蔵野市,三鷹,三鷹市,調布,調布市,府中市,Hachioji
            CITY|=|Yokohama|横浜,横浜市,Yokohama
            CITY|=|Kawasaki|川崎,川崎市,Kawasaki
            CITY|=|Sagamihara|相模原,相模原市,藤沢,藤沢市,小田原,小田原市,Sagamihara
            CITY|=|Yokosuka|横須賀,横須賀市,Yokosuka
            CITY|=|Kamakura|鎌倉,鎌倉市,Kamakura
            CITY|=|Kanazawa|金沢,金沢市,Kanazawa
            CITY|=|Kofu|甲府,甲府市
            CITY|=|Matsumoto|松本市
            CITY|=|Karuizawa|軽井沢,Karuizawa
            CITY|=|Hamamatsu|浜松,浜松市,沼津,沼津市,Hamamatsu
            CITY|=|Nagoya|名古屋,名古屋市,Nagoya
            CITY|=|Toyota|豊田市,岡崎市,豊橋,豊橋市,一宮市
            CITY|=|Yokkaichi|四日市,四日市市,津市,伊勢,伊勢市
            CITY|=|Otsu|大津,大津市,草津市
            CITY|=|Uji|宇治,宇治市
            CITY|=|Sakai|堺市,豊中,豊中市,吹田,吹田市,高槻,高槻市,枚方,枚方市,東大阪,東大阪市,茨木市
            CITY|=|Kobe|神戸,神戸市,Kobe
            CITY|=|Himeji|姫路,姫路市,西宮,西宮市,尼崎,尼崎市,明石,明石市,芦屋,芦屋市,宝塚,宝塚市,Himeji
            CITY|=|Matsue|松江,松江市
            CITY|=|Kurashiki|倉敷,倉敷市,Kurashiki
            CITY|=|Fukuyama|福山市,尾道,尾道市
            CITY|=|Shimonoseki|下関,下関市
            CITY|=|Takamatsu|高松,高松市,Takamatsu
            CITY|=|Matsuyama|松山,松山市,Matsuyama
            CITY|=|Kitakyushu|北九州,北九州市,小倉,久留米,久留米市,Kitakyushu
            CITY|=|Sasebo|佐世保,佐世保市
            CITY|=|Beppu|別府,別府市,Beppu
            CITY|=|Naha|那覇,那覇市,石垣島,宮古島,Naha
            WARD|東京都千代田区|Chiyoda, Tokyo|千代田区,千代田
            WARD|東京都港区|Minato, Tokyo|港区
            WARD|東京都新宿区|Shinjuku, Tokyo|新宿区,新宿,Shinjuku
            WARD|東京都文京区|Bunkyo, Tokyo|文京区,文京
            WARD|東京都台東区|Taito, Tokyo|台東区
            WARD|東京都墨田区|Sumida, Tokyo|墨田区,墨田
            WARD|東京都江東区|Koto, Tokyo|江東区,江東
            WARD|東京都品川区|Shinagawa, Tokyo|品川区,品川,Shinagawa
            WARD|東京都目黒区|Meguro, Tokyo|目黒区,目黒,Meguro
            WARD|東京都大田区|Ota, Tokyo|大田区
            WARD|東京都世田谷区|Setagaya, Tokyo|世田谷区,世田谷,Setagaya
            WARD|東京都渋谷区|Shibuya, Tokyo|渋谷区,渋谷,Shibuya
            WARD|東京都中野区|Nakano, Tokyo|中野区,Nakano
            WARD|東京都杉並区|Suginami, Tokyo|杉並区,杉並
            WARD|東京都豊島区|Toshima, Tokyo|豊島区
            WARD|東京都荒川区|Arakawa, Tokyo|荒川区
            WARD|東京都板橋区|Itabashi, Tokyo|板橋区,板橋
            WARD|東京都練馬区|Nerima, Tokyo|練馬区,練馬
            WARD|東京都足立区|Adachi, Tokyo|足立区
            WARD|東京都葛飾区|Katsushika, Tokyo|葛飾区,葛飾
            WARD|東京都江戸川区|Edogawa, Tokyo|江戸川区,江戸川
            NEIGHBOURHOOD|東京都豊島区池袋|Ikebukuro, Tokyo|池袋,Ikebukuro
            NEIGHBOURHOOD|東京都港区六本木|Roppongi, Tokyo|六本木,Roppongi
            NEIGHBOURHOOD|東京都港区表参道|Omotesando, Tokyo|表参道
            NEIGHBOURHOOD|東京都港区麻布|Azabu, Tokyo|麻布
            NEIGHBOURHOOD|東京都港区台場|Odaiba, Tokyo|お台場,Odaiba
            NEIGHBOURHOOD|東京都中央区銀座|Ginza, Tokyo|銀座,Ginza
            NEIGHBOURHOOD|東京都中央区月島|Tsukishima, Tokyo|月島
            NEIGHBOURHOOD|東京都江東区豊洲|Toyosu, Tokyo|豊洲
            NEIGHBOURHOOD|東京都渋谷区恵比寿|Ebisu, Tokyo|恵比寿
            NEIGHBOURHOOD|東京都渋谷区代官山|Daikanyama, Tokyo|代官山
            NEIGHBOURHOOD|東京都武蔵野市吉祥寺|Kichijoji, Tokyo|吉祥寺,Kichijoji
            NEIGHBOURHOOD|東京都世田谷区下北沢|Shimokitazawa, Tokyo|下北沢,下北
            NEIGHBOURHOOD|東京都世田谷区三軒茶屋|Sangenjaya, Tokyo|三軒茶屋,三茶
            NEIGHBOURHOOD|東京都世田谷区玉川|Futako-Tamagawa, Tokyo|二子玉川
            NEIGHBOURHOOD|東京都目黒区自由が丘|Jiyugaoka, Tokyo|自由が丘
            NEIGHBOURHOOD|東京都目黒区中目黒|Nakameguro, Tokyo|中目黒
            NEIGHBOURHOOD|東京都千代田区秋葉原|Akihabara, Tokyo|秋葉原,Akihabara
            NEIGHBOURHOOD|東京都台東区浅草|Asakusa, Tokyo|浅草,Asakusa
            NEIGHBOURHOOD|東京都墨田区錦糸町|Kinshicho, Tokyo|錦糸町
            NEIGHBOURHOOD|東京都北区赤羽|Akabane, Tokyo|赤羽
            NEIGHBOURHOOD|東京都大田区蒲田|Kamata, Tokyo|蒲田
            NEIGHBOURHOOD|東京都杉並区高円寺|Koenji, Tokyo|高円寺
            NEIGHBOURHOOD|大阪府大阪市北区梅田|Umeda, Osaka|梅田,Umeda
            NEIGHBOURHOOD|大阪府大阪市中央区難波|Namba, Osaka|難波,なんば,Namba
            NEIGHBOURHOOD|大阪府大阪市中央区心斎橋|Shinsaibashi, Osaka|心斎橋,Shinsaibashi
            NEIGHBOURHOOD|大阪府大阪市天王寺区|Tennoji, Osaka|天王寺,Tennoji
            NEIGHBOURHOOD|大阪府大阪市淀川区|Shin-Osaka, Osaka|新大阪
            NEIGHBOURHOOD|福岡県福岡市博多区|Hakata, Fukuoka|博多,Hakata
            NEIGHBOURHOOD|福岡県福岡市中央区天神|Tenjin, Fukuoka|天神,Tenjin
            NEIGHBOURHOOD|兵庫県神戸市中央区三宮|Sannomiya, Kobe|三宮,三ノ宮,Sannomiya
            NEIGHBOURHOOD|北海道札幌市中央区すすきの|Susukino, Sapporo|すすきの
            NEIGHBOURHOOD|神奈川県横浜市西区みなとみらい|Minatomirai, Yokohama|みなとみらい
            NEIGHBOURHOOD|埼玉県さいたま市大宮区|Omiya, Saitama|大宮,Omiya
            NEIGHBOURHOOD|埼玉県さいたま市浦和区|Urawa, Saitama|浦和,Urawa
            CITY|=|New York|ニューヨーク,New York,New York City,NYC,!NY
            CITY|=|Manhattan, New York|マンハッタン,Manhattan
            CITY|=|Brooklyn, New York|ブルックリン,Brooklyn
            CITY|=|Los Angeles|ロサンゼルス,ロサンジェルス,Los Angeles,!LA,!L.A.
            CITY|=|San Francisco|サンフランシスコ,San Francisco,!SF,San Fran
            CITY|=|San Francisco Bay Area|ベイエリア,Bay Area,シリコンバレー,Silicon Valley
            CITY|=|Seattle|シアトル,Seattle
            CITY|=|Chicago|シカゴ,Chicago
            CITY|=|Boston|ボストン,Boston
            CITY|=|Austin|オースティン,~Austin
            CITY|=|Houston|ヒューストン,~Houston
            CITY|=|Dallas|ダラス,~Dallas
            CITY|=|Denver|デンバー,Denver
            CITY|=|Portland|ポートランド,Portland
            CITY|=|Miami|マイアミ,Miami
            CITY|=|Atlanta|アトランタ,Atlanta
            CITY|=|Washington, D.C.|ワシントンDC,ワシントンD.C.,Washington DC,Washington D.C.,Washington, D.C.,!DC,!D.C.
            CITY|=|Philadelphia|フィラデルフィア,Philadelphia,Philly
            CITY|=|San Diego|サンディエゴ,San Diego
            CITY|=|San Jose|サンノゼ,San Jose
            CITY|=|Las Vegas|ラスベガス,Las Vegas,Vegas
            CITY|=|Phoenix|フェニックス,!Phoenix
            CITY|=|Honolulu|ホノルル,Honolulu
            CITY|=|Minneapolis|ミネアポリス,Minneapolis
            CITY|=|Detroit|デトロイト,Detroit
            CITY|=|Nashville|ナッシュビル,Nashville
            CITY|=|New Orleans|ニューオーリンズ,New Orleans
            CITY|=|Salt Lake City|ソルトレイクシティ,Salt Lake City
            CITY|=|Pittsburgh|ピッツバーグ,Pittsburgh
            CITY|=|Baltimore|ボルチモア,Baltimore
            CITY|=|Orlando|オーランド,~Orlando
            CITY|=|Toronto|トロント,Toronto
            CITY|=|Vancouver|バンクーバー,Vancouver
            CITY|=|Montreal|モントリオール,Montreal,Montréal
            CITY|=|Calgary|カルガリー,Calgary
            CITY|=|Ottawa|オタワ,Ottawa
            CITY|=|London|ロンドン,London
            CITY|=|Manchester|マンチェスター,Manchester
            CITY|=|Liverpool|リバプール,Liverpool
            CITY|=|Birmingham|バーミンガム,Birmingham
            CITY|=|Edinburgh|エディンバラ,Edinburgh
            CITY|=|Glasgow|グラスゴー,Glasgow
            CITY|=|Bristol|ブリストル,Bristol
            CITY|=|Oxford|オックスフォード,Oxford
            CITY|=|Cambridge|ケンブリッジ,Cambridge
            CITY|=|Dublin|ダブリン,Dublin
            CITY|=|Paris|パリ,~Paris
            CITY|=|Lyon|リヨン,Lyon
            CITY|=|Marseille|マルセイユ,Marseille
            CITY|=|Berlin|ベルリン,Berlin
            CITY|=|Munich|ミュンヘン,Munich,München
            CITY|=|Hamburg|ハンブルク,Hamburg
            CITY|=|Frankfurt|フランクフルト,Frankfurt
            CITY|=|Cologne|ケルン,Cologne,Köln
            CITY|=|Düsseldorf|デュッセルドルフ,Düsseldorf,Dusseldorf
            CITY|=|Amsterdam|アムステルダム,Amsterdam
            CITY|=|Rotterdam|ロッテルダム,Rotterdam
            CITY|=|Brussels|ブリュッセル,Brussels
            CITY|=|Madrid|マドリード,マドリッド,Madrid
            CITY|=|Barcelona|バルセロナ,Barcelona
            CITY|=|Lisbon|リスボン,Lisbon
            CITY|=|Porto|ポルト,Porto
            CITY|=|Rome|ローマ,Rome
            CITY|=|Milan|ミラノ,Milan
            CITY|=|Florence|フィレンツェ,~Florence
            CITY|=|Venice|ベネチア,ヴェネツィア,Venice
            CITY|=|Naples|ナポリ,Naples
            CITY|=|Vienna|ウィーン,Vienna
            CITY|=|Zurich|チューリッヒ,Zurich,Zürich
            CITY|=|Geneva|ジュネーブ,Geneva
            CITY|=|Stockholm|ストックホルム,Stockholm
            CITY|=|Oslo|オスロ,Oslo
            CITY|=|Copenhagen|コペンハーゲン,Copenhagen
            CITY|=|Helsinki|ヘルシンキ,Helsinki
            CITY|=|Prague|プラハ,Prague
            CITY|=|Warsaw|ワルシャワ,Warsaw
            CITY|=|Budapest|ブダペスト,Budapest
            CITY|=|Athens|アテネ,Athens
            CITY|=|Istanbul|イスタンブール,Istanbul
            CITY|=|Moscow|モスクワ,Moscow
            CITY|=|Dubai|ドバイ,Dubai
            CITY|=|Tel Aviv|テルアビブ,Tel Aviv
            CITY|=|Singapore|シンガポール,Singapore
            CITY|=|Hong Kong|香港,Hong Kong
            CITY|=|Taipei|台北,Taipei
            CITY|=|Kaohsiung|高雄,Kaohsiung
            CITY|=|Seoul|ソウル,Seoul
            CITY|=|Busan|釜山,プサン,Busan
            CITY|=|Beijing|北京,ペキン,Beijing
            CITY|=|Shanghai|上海,シャンハイ,Shanghai
            CITY|=|Shenzhen|深セン,深圳,Shenzhen
            CITY|=|Guangzhou|広州,Guangzhou
            CITY|=|Bangkok|バンコク,Bangkok
            CITY|=|Manila|マニラ,Manila
            CITY|=|Jakarta|ジャカルタ,Jakarta
            CITY|=|Bali|バリ島,Bali
            CITY|=|Kuala Lumpur|クアラルンプール,Kuala Lumpur
            CITY|=|Ho Chi Minh City|ホーチミン,Ho Chi Minh City,Saigon
            CITY|=|Hanoi|ハノイ,Hanoi
            CITY|=|Mumbai|ムンバイ,Mumbai
            CITY|=|Delhi|デリー,Delhi,New Delhi
            CITY|=|Bangalore|バンガロール,Bangalore,Bengaluru
            CITY|=|Sydney|シドニー,~Sydney
            CITY|=|Melbourne|メルボルン,Melbourne
            CITY|=|Brisbane|ブリスベン,Brisbane
            CITY|=|Perth|パース,Perth
            CITY|=|Adelaide|アデレード,~Adelaide
            CITY|=|Gold Coast|ゴールドコースト,Gold Coast
            CITY|=|Auckland|オークランド,Auckland
            CITY|=|Wellington|ウェリントン,Wellington
            CITY|=|São Paulo|サンパウロ,São Paulo,Sao Paulo
            CITY|=|Rio de Janeiro|リオデジャネイロ,Rio de Janeiro
            CITY|=|Buenos Aires|ブエノスアイレス,Buenos Aires
            CITY|=|Mexico City|メキシコシティ,Mexico City
            CITY|=|Lima|リマ,Lima
            CITY|=|Bogotá|ボゴタ,Bogotá,Bogota
            CITY|=|Santiago|サンティアゴ,Santiago
            CITY|=|Cairo|?カイロ,Cairo
            CITY|=|Cape Town|ケープタウン,Cape Town
            CITY|=|Johannesburg|ヨハネスブルグ,Johannesburg
            CITY|=|Nairobi|ナイロビ,Nairobi
            CITY|=|Lagos|ラゴス,Lagos
            NEIGHBOURHOOD|=|Oakland|Oakland
            CITY|=|Sacramento|サクラメント,Sacramento
            NEIGHBOURHOOD|=|Long Beach|Long Beach
            NEIGHBOURHOOD|=|Santa Monica|Santa Monica
            NEIGHBOURHOOD|=|Pasadena|Pasadena
            NEIGHBOURHOOD|=|Berkeley|Berkeley
            NEIGHBOURHOOD|=|Palo Alto|Palo Alto
            CITY|=|San Antonio|サンアントニオ,San Antonio
            NEIGHBOURHOOD|=|Fort Worth|Fort Worth
            CITY|=|El Paso|エルパソ,El Paso
            CITY|=|Tucson|ツーソン,Tucson
            CITY|=|Albuquerque|アルバカーキ,Albuquerque
            CITY|=|Santa Fe|サンタフェ,Santa Fe
            CITY|=|Boise|ボイシ,Boise
            CITY|=|Spokane|Spokane
            CITY|=|Tacoma|Tacoma
            CITY|=|Anchorage|アンカレッジ,Anchorage
            CITY|=|Kansas City|カンザスシティ,Kansas City
            CITY|=|St. Louis|セントルイス,St. Louis,St Louis,Saint Louis
            CITY|=|Omaha|オマハ,Omaha
            CITY|=|Milwaukee|ミルウォーキー,Milwaukee
            CITY|=|Indianapolis|インディアナポリス,Indianapolis
            CITY|=|Columbus|~Columbus
            CITY|=|Cleveland|クリーブランド,~Cleveland
            CITY|=|Cincinnati|シンシナティ,Cincinnati
            CITY|=|Louisville|ルイビル,Louisville
            CITY|=|Memphis|メンフィス,Memphis
            CITY|=|Charlotte|~Charlotte
            CITY|=|Raleigh|~Raleigh
            CITY|=|Charleston|チャールストン,Charleston
            CITY|=|Savannah|~Savannah
            CITY|=|Jacksonville|ジャクソンビル,Jacksonville
            CITY|=|Tampa|タンパ,Tampa
            CITY|=|Fort Lauderdale|フォートローダーデール,Fort Lauderdale
            CITY|=|Rochester|ロチェスター,Rochester
            CITY|=|Albany|オールバニ,Albany
            CITY|=|Hartford|ハートフォード,Hartford
            NEIGHBOURHOOD|=|Newark|Newark
            NEIGHBOURHOOD|=|Jersey City|Jersey City
            CITY|=|Oklahoma City|オクラホマシティ,Oklahoma City
            CITY|=|Tulsa|タルサ,Tulsa
            CITY|=|Des Moines|デモイン,Des Moines
            CITY|=|Madison|~Madison
            CITY|=|Ann Arbor|アナーバー,Ann Arbor
            CITY|=|Grand Rapids|Grand Rapids
            CITY|=|Reno|Reno
            NEIGHBOURHOOD|=|Scottsdale|Scottsdale
            CITY|=|Boulder|ボルダー,!Boulder
            CITY|=|Knoxville|Knoxville
            CITY|=|Baton Rouge|バトンルージュ,Baton Rouge
            CITY|=|Chattanooga|チャタヌーガ,Chattanooga
            CITY|=|Asheville|Asheville
            CITY|=|Edmonton|エドモントン,Edmonton
            CITY|=|Winnipeg|ウィニペグ,Winnipeg
            CITY|=|Quebec City|ケベックシティ,Quebec City,Québec City
            CITY|=|Halifax|ハリファックス,~Halifax
            CITY|=|Saskatoon|Saskatoon
            NEIGHBOURHOOD|=|Mississauga|Mississauga
            CITY|=|Leeds|リーズ,Leeds
            CITY|=|Sheffield|シェフィールド,Sheffield
            CITY|=|Newcastle|ニューカッスル,Newcastle,Newcastle upon Tyne
            CITY|=|Nottingham|ノッティンガム,Nottingham
            CITY|=|Leicester|レスター,Leicester
            CITY|=|Cardiff|カーディフ,Cardiff
            CITY|=|Swansea|スウォンジー,Swansea
            CITY|=|Belfast|ベルファスト,Belfast
            CITY|=|Aberdeen|アバディーン,Aberdeen
            CITY|=|Dundee|Dundee
            CITY|=|Inverness|インヴァネス,Inverness
            CITY|=|Brighton|ブライトン,Brighton
            CITY|=|Southampton|サウサンプトン,Southampton
            CITY|=|Portsmouth|ポーツマス,Portsmouth
            CITY|=|Plymouth|プリマス,Plymouth
            CITY|=|Norwich|ノリッジ,Norwich
            CITY|=|York|ヨーク,!York
            CITY|=|Bath|!Bath
            CITY|=|Reading|レディング,!Reading
            CITY|=|Coventry|コヴェントリー,Coventry
            CITY|=|Bradford|ブラッドフォード,Bradford
            CITY|=|Exeter|エクセター,Exeter
            NEIGHBOURHOOD|=|Salford|Salford
            CITY|=|Milton Keynes|ミルトン・キーンズ,Milton Keynes
            CITY|=|Cork|!Cork
            CITY|=|Galway|ゴールウェイ,Galway
            CITY|=|Limerick|リムリック,Limerick
            CITY|=|Canberra|キャンベラ,Canberra
            CITY|=|Hobart|ホバート,Hobart
            CITY|=|Darwin|~Darwin
            CITY|=|Cairns|ケアンズ,Cairns
            CITY|=|Townsville|タウンズビル,Townsville
            CITY|=|Geelong|ジーロング,Geelong
            CITY|=|Wollongong|ウーロンゴン,Wollongong
            CITY|=|Sunshine Coast|サンシャインコースト,Sunshine Coast
            NEIGHBOURHOOD|=|Fremantle|Fremantle
            CITY|=|Christchurch|クライストチャーチ,Christchurch
            CITY|=|Queenstown|クイーンズタウン,Queenstown
            CITY|=|Dunedin|ダニーデン,Dunedin
            CITY|=|Hyderabad|ハイデラバード,Hyderabad
            CITY|=|Pune|プネー,Pune,Poona
            CITY|=|Chennai|チェンナイ,Chennai,Madras
            CITY|=|Kolkata|コルカタ,Kolkata,Calcutta
            CITY|=|Ahmedabad|アーメダバード,Ahmedabad
            CITY|=|Jaipur|ジャイプール,Jaipur
            CITY|=|Lucknow|ラクナウ,Lucknow
            CITY|=|Kochi|Cochin
            NEIGHBOURHOOD|=|Thane|Thane
            NEIGHBOURHOOD|=|Navi Mumbai|Navi Mumbai
            CITY|=|Nagpur|ナーグプル,Nagpur
            CITY|=|Indore|インドール,Indore
            CITY|=|Bhopal|ボパール,Bhopal
            CITY|=|Chandigarh|チャンディーガル,Chandigarh
            NEIGHBOURHOOD|=|Gurgaon|Gurgaon,Gurugram
            NEIGHBOURHOOD|=|Noida|Noida
            CITY|=|Surat|スーラト,Surat
            CITY|=|Vadodara|Vadodara,Baroda
            CITY|=|Coimbatore|コインバトール,Coimbatore
            CITY|=|Mysore|マイソール,Mysore,Mysuru
            CITY|=|Visakhapatnam|Visakhapatnam,Vizag
            CITY|=|Patna|パトナ,Patna
            CITY|=|Thiruvananthapuram|Thiruvananthapuram,Trivandrum
            CITY|=|Karachi|カラチ,Karachi
            CITY|=|Lahore|ラホール,Lahore
            CITY|=|Islamabad|イスラマバード,Islamabad
            CITY|=|Dhaka|ダッカ,Dhaka
            CITY|=|Colombo|コロンボ,Colombo
            CITY|=|Kathmandu|カトマンズ,Kathmandu
            CITY|=|Accra|アクラ,Accra
            CITY|=|Kampala|カンパラ,Kampala
            CITY|=|Durban|ダーバン,Durban
            CITY|=|Cebu|Cebu
            CITY|=|Valencia|バレンシア,Valencia
            CITY|=|Seville|セビリア,Seville,Sevilla
            CITY|=|Kraków|クラクフ,Kraków,Krakow
            REGION|=|California|カリフォルニア,California
            REGION|=|Texas|テキサス,Texas
            REGION|=|Florida|フロリダ,Florida
            REGION|=|Hawaii|ハワイ,Hawaii
            REGION|=|Washington|ワシントン州,Washington State,Washington
            REGION|=|Oregon|オレゴン,Oregon
            REGION|=|Massachusetts|マサチューセッツ,Massachusetts
            REGION|=|Illinois|イリノイ,Illinois
            REGION|=|Colorado|コロラド,Colorado
            REGION|=|Arizona|アリゾナ,Arizona
            REGION|=|Nevada|ネバダ,Nevada
            REGION|=|Georgia|?ジョージア,!Georgia
            REGION|=|Virginia|バージニア,~Virginia
            REGION|=|North Carolina|ノースカロライナ,North Carolina
            REGION|=|Ohio|オハイオ,Ohio
            REGION|=|Michigan|ミシガン,Michigan
            REGION|=|Pennsylvania|ペンシルベニア,Pennsylvania
            REGION|=|New Jersey|ニュージャージー,New Jersey
            REGION|=|Minnesota|ミネソタ,Minnesota
            REGION|=|Utah|ユタ,Utah
            REGION|=|Alaska|アラスカ,Alaska
            REGION|=|Ontario|オンタリオ,Ontario
            REGION|=|British Columbia|ブリティッシュコロンビア,British Columbia
            REGION|=|Quebec|ケベック,Quebec
            REGION|=|Alberta|アルバータ,Alberta
            REGION|=|New South Wales|ニューサウスウェールズ,New South Wales
            REGION|=|Queensland|クイーンズランド,Queensland
            REGION|=|Victoria|!Victoria
            REGION|=|England|イングランド,England
            REGION|=|Scotland|スコットランド,Scotland
            REGION|=|Wales|ウェールズ,Wales
            COUNTRY|=|Japan|日本,Japan
            COUNTRY|=|USA|アメリカ,米国,アメリカ合衆国,United States,United States of America,America,the States,!USA,!US,!U.S.,!U.S.A.
            COUNTRY|=|UK|イギリス,英国,United Kingdom,Britain,Great Britain,!UK,!U.K.
            COUNTRY|=|Ireland|アイルランド,Ireland
            COUNTRY|=|France|フランス,France
            COUNTRY|=|Germany|ドイツ,Germany
            COUNTRY|=|Italy|イタリア,Italy
            COUNTRY|=|Spain|スペイン,Spain
            COUNTRY|=|Portugal|ポルトガル,Portugal
            COUNTRY|=|Netherlands|オランダ,Netherlands,the Netherlands,Holland
            COUNTRY|=|Belgium|ベルギー,Belgium
            COUNTRY|=|Switzerland|スイス,Switzerland
            COUNTRY|=|Austria|オーストリア,Austria
            COUNTRY|=|Sweden|スウェーデン,Sweden
            COUNTRY|=|Norway|ノルウェー,Norway
            COUNTRY|=|Denmark|デンマーク,Denmark
            COUNTRY|=|Finland|フィンランド,Finland
            COUNTRY|=|Poland|ポーランド,Poland
            COUNTRY|=|Czech Republic|チェコ,Czech Republic,Czechia
            COUNTRY|=|Greece|ギリシャ,Greece
            COUNTRY|=|Turkey|トルコ,!Turkey
            COUNTRY|=|Russia|ロシア,Russia
            COUNTRY|=|Canada|カナダ,Canada
            COUNTRY|=|Mexico|メキシコ,Mexico
            COUNTRY|=|Brazil|ブラジル,Brazil
            COUNTRY|=|Argentina|アルゼンチン,Argentina
            COUNTRY|=|Chile|チリ,!Chile
            COUNTRY|=|Peru|ペルー,Peru
            COUNTRY|=|Colombia|コロンビア,Colombia
            COUNTRY|=|Australia|オーストラリア,Australia
            COUNTRY|=|New Zealand|ニュージーランド,New Zealand
            COUNTRY|=|China|中国,!China
            COUNTRY|=|South Korea|韓国,South Korea,Korea
            COUNTRY|=|Taiwan|台湾,Taiwan
            COUNTRY|=|Thailand|タイ,Thailand
            COUNTRY|=|Philippines|フィリピン,Philippines,the Philippines
            COUNTRY|=|Vietnam|ベトナム,Vietnam,Viet Nam
            COUNTRY|=|Indonesia|インドネシア,Indonesia
            COUNTRY|=|Malaysia|マレーシア,Malaysia
            COUNTRY|=|India|インド,India
            COUNTRY|=|United Arab Emirates|アラブ首長国連邦,UAE,United Arab Emirates
            COUNTRY|=|Israel|イスラエル,Israel
            COUNTRY|=|Egypt|エジプト,Egypt
            COUNTRY|=|South Africa|南アフリカ,South Africa
            COUNTRY|=|Kenya|ケニア,Kenya
            COUNTRY|=|Nigeria|ナイジェリア,Nigeria
            """;

    /** What may not follow a Japanese place name for it to be a place (大阪弁, 日本語, 千葉さん). */
    private static final List<String> JA_BLOCKED_AFTER = List.of("さん", "くん", "君", "ちゃん", "様", "氏", "語", "人", "弁", "料理", "風",
            "式", "製", "産", "系", "代表", "焼き", "焼", "ラーメン", "大学", "旅行", "出張", "字");

    private static final List<Place> JA_PLACES;
    private static final List<Place> LATIN_PLACES;
    private static final Map<String, Place> BY_LATIN_KEY = new HashMap<>();
    private static final Set<String> GIVEN_NAMES = new HashSet<>();
    /** Places by their first character (lower case for Latin), longest first. */
    private static final Map<Character, List<Place>> BY_FIRST_CHAR = new HashMap<>();

    private static String prefectureRows() {
        StringBuilder rows = new StringBuilder();
        for (Prefectures.Prefecture prefecture : Prefectures.ALL) {
            List<String> surfaces = new ArrayList<>();
            surfaces.add((prefecture.jaCommonWord() ? "?" : "") + prefecture.ja());
            if (!prefecture.official().equals(prefecture.ja())) {
                surfaces.add(prefecture.official());
            }
            if (CAPITALS_NAMED_LIKE_THEIR_PREFECTURE.contains(prefecture.ja())) {
                surfaces.add(prefecture.ja() + "市");
            }
            if (!prefecture.enEnglishWord()) {
                surfaces.add(prefecture.en());
            }
            rows.append("REGION|=|").append(prefecture.en()).append('|').append(String.join(",", surfaces)).append('\n');
        }
        return rows.toString();
    }

    static {
        List<Place> ja = new ArrayList<>();
        List<Place> latin = new ArrayList<>();
        for (String line : (PREFECTURES + DATA).strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            Kind kind = Kind.valueOf(parts[0]);
            String jaCanonical = parts[1];
            String enCanonical = parts[2];
            for (String raw : parts[3].split(",")) {
                String surface = raw.strip();
                boolean caseSensitive = surface.startsWith("!");
                boolean weak = surface.startsWith("?");
                boolean givenName = surface.startsWith("~");
                if (caseSensitive || weak || givenName) {
                    surface = surface.substring(1);
                }
                boolean isLatin = surface.chars().allMatch(c -> c < 0x250);
                String canonical = isLatin ? enCanonical : jaCanonical.equals("=") ? surface : jaCanonical;
                Place place = new Place(surface, canonical, kind, caseSensitive, weak, givenName, surface.toLowerCase(Locale.ROOT));
                if (isLatin) {
                    latin.add(place);
                    BY_LATIN_KEY.putIfAbsent(surface.toLowerCase(Locale.ROOT), place);
                    if (givenName) {
                        GIVEN_NAMES.add(surface.toLowerCase(Locale.ROOT));
                    }
                } else {
                    ja.add(place);
                }
            }
        }
        Comparator<Place> longestFirst = Comparator.comparingInt((Place p) -> p.surface().length()).reversed();
        ja.sort(longestFirst);
        latin.sort(longestFirst);
        JA_PLACES = List.copyOf(ja);
        LATIN_PLACES = List.copyOf(latin);
        for (Place place : JA_PLACES) {
            BY_FIRST_CHAR.computeIfAbsent(place.surface().charAt(0), c -> new ArrayList<>()).add(place);
        }
        for (Place place : LATIN_PLACES) {
            BY_FIRST_CHAR.computeIfAbsent(place.lowerSurface().charAt(0), c -> new ArrayList<>()).add(place);
        }
    }

    private LocationGazetteer() {
    }

    /** Every place in the text, leftmost-longest and without overlaps (東京都 is not read as 京都). */
    static List<Match> find(String text, String lower) {
        List<Match> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match match = longestAt(text, lower, i);
            if (match != null) {
                result.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return result;
    }

    private static Match longestAt(String text, String lower, int i) {
        char c = text.charAt(i);
        List<Place> candidates = BY_FIRST_CHAR.getOrDefault(c >= 0x250 ? c : lower.charAt(i), List.of());
        if (candidates.isEmpty()) {
            return null;
        }
        if (c >= 0x250) {
            for (Place place : candidates) {
                if (text.startsWith(place.surface(), i) && japaneseBoundary(text, i, i + place.surface().length())) {
                    return new Match(i, i + place.surface().length(), place);
                }
            }
            return null;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return null;
        }
        for (Place place : candidates) {
            String surface = place.surface();
            boolean hit = place.caseSensitive() ? text.startsWith(surface, i) : lower.startsWith(place.lowerSurface(), i);
            int end = i + surface.length();
            if (hit && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return new Match(i, end, place);
            }
        }
        return null;
    }

    private static boolean japaneseBoundary(String text, int start, int end) {
        String after = text.substring(end);
        for (String blocked : JA_BLOCKED_AFTER) {
            if (after.startsWith(blocked)) {
                return false;
            }
        }
        // katakana names must stand alone: タイ is not in タイプ, インド not in インドア
        if (isKatakana(text.charAt(start)) && (start > 0 && isKatakana(text.charAt(start - 1))
                || end < text.length() && isKatakana(text.charAt(end)))) {
            return false;
        }
        return true;
    }

    private static boolean isKatakana(char c) {
        return (c >= '\u30A0' && c <= '\u30FF') && c != '・';
    }

    /** The place written exactly so (any case), if it is one. */
    static Place latin(String name) {
        return name == null ? null : BY_LATIN_KEY.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A Latin place one typo away ("Seatle", "Torronto"); only for names of six letters or more. */
    static Place closeLatin(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.length() < 6) {
            return null;
        }
        for (Map.Entry<String, Place> entry : BY_LATIN_KEY.entrySet()) {
            String key = entry.getKey();
            if (!entry.getValue().caseSensitive() && Math.abs(key.length() - w.length()) <= 1 && key.length() >= 6
                    && withinOneEdit(key, w)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Whether a word is a place that is not also a common given name (so "I'm Emma" may be a name, "I'm Seattle" not). */
    static boolean isPlaceNotName(String word) {
        Place place = latin(word);
        return place != null && !GIVEN_NAMES.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the Japanese text is exactly a known place. */
    static boolean isJapanesePlace(String word) {
        return JA_PLACES.stream().anyMatch(p -> p.surface().equals(word));
    }

    private static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
