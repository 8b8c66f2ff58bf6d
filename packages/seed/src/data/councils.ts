import type { CouncilSeed } from './types.ts'

/** The city-wide council and the 26 second-layer councils, in the order the city groups them. */
export const councils: CouncilSeed[] = [
  {
    slug: 'city',
    name: '第1層協議体',
    reading: 'だいいっそうきょうぎたい',
    layer: '1',
    description:
      '市全体で支え合いのしくみを考える協議体です。住民企画会議と事業推進会議を毎月開き、第2層協議体の取り組みを応援しています。',
    districts: [],
  },

  // 交流グループ1
  {
    slug: 'chuo-minami-jonan',
    name: '中央・南・城南',
    reading: 'ちゅうおう・みなみ・じょうなん',
    layer: '2',
    exchangeGroup: 1,
    description:
      'まちなかの三つの地区が一緒に話し合う協議体です。マンションや商店街の多い地域で、ひとり暮らしの方が気軽に立ち寄れる場所づくりに力を入れています。',
    districts: [
      { slug: 'chuo', name: '中央', reading: 'ちゅうおう' },
      { slug: 'minami', name: '南', reading: 'みなみ' },
      { slug: 'jonan', name: '城南', reading: 'じょうなん' },
    ],
  },
  {
    slug: 'kita-higashi-nishi',
    name: '北・東・西',
    reading: 'きた・ひがし・にし',
    layer: '2',
    exchangeGroup: 1,
    description:
      '北・東・西の三地区の協議体です。町内会ごとのサロンを地図にまとめ、となりの町内会の活動を見学し合っています。',
    districts: [
      { slug: 'kita', name: '北', reading: 'きた' },
      { slug: 'higashi', name: '東', reading: 'ひがし' },
      { slug: 'nishi', name: '西', reading: 'にし' },
    ],
  },
  {
    slug: 'sano',
    name: '佐野',
    reading: 'さの',
    layer: '2',
    exchangeGroup: 1,
    description:
      '佐野地区の協議体です。川沿いの散歩道やお茶会など、今ある集まりを大切にしながら、新しい担い手を探しています。',
    districts: [{ slug: 'sano', name: '佐野', reading: 'さの' }],
  },
  {
    slug: 'joto-tobu',
    name: '城東・東部',
    reading: 'じょうとう・とうぶ',
    layer: '2',
    exchangeGroup: 1,
    description:
      '城東と東部の二地区で話し合う協議体です。歌や体操の集まりが盛んで、男性が参加しやすい場づくりを考えています。',
    districts: [
      { slug: 'joto', name: '城東', reading: 'じょうとう' },
      { slug: 'tobu', name: '東部', reading: 'とうぶ' },
    ],
  },
  {
    slug: 'tsukazawa-hamajiri',
    name: '塚沢・浜尻',
    reading: 'つかさわ・はまじり',
    layer: '2',
    exchangeGroup: 1,
    description:
      '塚沢と浜尻の協議体です。買い物帰りに寄れる休憩場所を増やそうと、お店や集会所に声をかけています。',
    districts: [
      { slug: 'tsukazawa', name: '塚沢', reading: 'つかさわ' },
      { slug: 'hamajiri', name: '浜尻', reading: 'はまじり' },
    ],
  },
  {
    slug: 'shintakao-nakagawa',
    name: '新高尾・中川',
    reading: 'しんたかお・なかがわ',
    layer: '2',
    exchangeGroup: 1,
    description:
      '新高尾と中川の協議体です。庭の草取りや植木の手入れなど、ちょっとした困りごとを手伝うしくみを育てています。',
    districts: [
      { slug: 'shintakao', name: '新高尾', reading: 'しんたかお' },
      { slug: 'nakagawa', name: '中川', reading: 'なかがわ' },
    ],
  },
  {
    slug: 'rokugo-hokubu',
    name: '六郷・北部',
    reading: 'ろくごう・ほくぶ',
    layer: '2',
    exchangeGroup: 1,
    description:
      '六郷と北部の協議体です。電球の交換や網戸の張り替えなど、家の中の小さな手伝いを住民同士で引き受けています。',
    districts: [
      { slug: 'rokugo', name: '六郷', reading: 'ろくごう' },
      { slug: 'hokubu', name: '北部', reading: 'ほくぶ' },
    ],
  },

  // 交流グループ2
  {
    slug: 'yawata',
    name: '八幡',
    reading: 'やわた',
    layer: '2',
    exchangeGroup: 2,
    description:
      '八幡地区の協議体です。空き家を使った居場所「いばしょ八幡」の立ち上げを応援し、毎年新しいメンバーを迎えています。',
    districts: [{ slug: 'yawata', name: '八幡', reading: 'やわた' }],
  },
  {
    slug: 'toyooka',
    name: '豊岡',
    reading: 'とよおか',
    layer: '2',
    exchangeGroup: 2,
    description:
      '豊岡地区の協議体です。だるまづくりの盛んな土地柄を生かし、世代をこえて集まれる場を話し合っています。',
    districts: [{ slug: 'toyooka', name: '豊岡', reading: 'とよおか' }],
  },
  {
    slug: 'noritsuke',
    name: '乗附',
    reading: 'のりつけ',
    layer: '2',
    exchangeGroup: 2,
    description:
      '乗附地区の協議体です。坂道の多い地域なので、歩いて行ける近さの小さな集まりを大切にしています。',
    districts: [{ slug: 'noritsuke', name: '乗附', reading: 'のりつけ' }],
  },
  {
    slug: 'nagano',
    name: '長野',
    reading: 'ながの',
    layer: '2',
    exchangeGroup: 2,
    description:
      '長野地区の協議体です。田畑の広がる地域で、農作業を通じた交流と見守りを進めています。',
    districts: [{ slug: 'nagano', name: '長野', reading: 'ながの' }],
  },
  {
    slug: 'haruna',
    name: '榛名',
    reading: 'はるな',
    layer: '2',
    exchangeGroup: 2,
    description:
      '室田・里見・久留馬の三地区をまとめた協議体です。山あいで家と家が離れているため、移動の手助けと集まりの場づくりを一緒に考えています。',
    districts: [
      { slug: 'murota', name: '室田', reading: 'むろた' },
      { slug: 'satomi', name: '里見', reading: 'さとみ' },
      { slug: 'kuruma', name: '久留馬', reading: 'くるま' },
    ],
  },
  {
    slug: 'gunma-nanohana',
    name: '群馬(なのはな)',
    reading: 'ぐんま(なのはな)',
    layer: '2',
    exchangeGroup: 2,
    description:
      '堤ヶ岡と国府の二地区の協議体で、「なのはな」の愛称で呼ばれています。町内会サロンの世話人同士の情報交換会を開いています。',
    districts: [
      { slug: 'tsutsumigaoka', name: '堤ヶ岡', reading: 'つつみがおか' },
      { slug: 'kokufu', name: '国府', reading: 'こくふ' },
    ],
  },
  {
    slug: 'gunma-sakura',
    name: '群馬(さくら)',
    reading: 'ぐんま(さくら)',
    layer: '2',
    exchangeGroup: 2,
    description:
      '金古と上郊の二地区の協議体で、「さくら」の愛称で呼ばれています。ほかの地区の居場所を見学し、よいところを持ち帰っています。',
    districts: [
      { slug: 'kaneko', name: '金古', reading: 'かねこ' },
      { slug: 'joko', name: '上郊', reading: 'じょうこう' },
    ],
  },
  {
    slug: 'misato',
    name: '箕郷',
    reading: 'みさと',
    layer: '2',
    exchangeGroup: 2,
    description:
      '箕郷地区の協議体です。梅の里として知られる地域で、畑や花づくりを楽しむ集まりを応援しています。',
    districts: [{ slug: 'misato', name: '箕郷', reading: 'みさと' }],
  },
  {
    slug: 'kurabuchi',
    name: '倉淵',
    reading: 'くらぶち',
    layer: '2',
    exchangeGroup: 2,
    description:
      '倉渕地区の協議体です。お店が遠い地域のため、買い物の送り迎えや声かけのしくみを住民で支えています。',
    districts: [{ slug: 'kurabuchi', name: '倉渕', reading: 'くらぶち' }],
  },

  // 交流グループ3
  {
    slug: 'orui',
    name: '大類',
    reading: 'おおるい',
    layer: '2',
    exchangeGroup: 3,
    description:
      '大類地区の協議体です。下大類町内会の助け合い活動をきっかけに、町内会ごとの勉強会を続けています。',
    districts: [{ slug: 'orui', name: '大類', reading: 'おおるい' }],
  },
  {
    slug: 'takigawa-kyogashima',
    name: '滝川・京ヶ島',
    reading: 'たきがわ・きょうがしま',
    layer: '2',
    exchangeGroup: 3,
    description:
      '滝川と京ヶ島の協議体です。子どもからお年寄りまで一緒に食卓を囲む集まりを地域に広げようとしています。',
    districts: [
      { slug: 'takigawa', name: '滝川', reading: 'たきがわ' },
      { slug: 'kyogashima', name: '京ヶ島', reading: 'きょうがしま' },
    ],
  },
  {
    slug: 'nakai-yanaka',
    name: '中居・矢中',
    reading: 'なかい・やなか',
    layer: '2',
    exchangeGroup: 3,
    description:
      '中居と矢中の協議体です。新しい住宅地と昔からの集落がまじる地域で、転入してきた方とのつながりづくりを話し合っています。',
    districts: [
      { slug: 'nakai', name: '中居', reading: 'なかい' },
      { slug: 'yanaka', name: '矢中', reading: 'やなか' },
    ],
  },
  {
    slug: 'iwahana',
    name: '岩鼻',
    reading: 'いわはな',
    layer: '2',
    exchangeGroup: 3,
    description:
      '岩鼻地区の協議体です。川沿いを歩くウォーキングの会を入り口に、外に出るきっかけづくりを進めています。',
    districts: [{ slug: 'iwahana', name: '岩鼻', reading: 'いわはな' }],
  },

  // 交流グループ4
  {
    slug: 'yoshii',
    name: '吉井',
    reading: 'よしい',
    layer: '2',
    exchangeGroup: 4,
    description:
      '吉井地区の協議体です。広い地域を小さな単位に分けて、それぞれの困りごとを聞き取る活動をしています。',
    districts: [{ slug: 'yoshii', name: '吉井', reading: 'よしい' }],
  },
  {
    slug: 'minami-yawata',
    name: '南八幡',
    reading: 'みなみやわた',
    layer: '2',
    exchangeGroup: 4,
    description:
      '南八幡地区の協議体です。地域の集まりや助け合いをまとめた手づくりの地図を作り、回覧板で届けています。',
    districts: [{ slug: 'minami-yawata', name: '南八幡', reading: 'みなみやわた' }],
  },
  {
    slug: 'terao-shiroyama',
    name: '寺尾・城山',
    reading: 'てらお・しろやま',
    layer: '2',
    exchangeGroup: 4,
    description:
      '寺尾と城山の協議体です。団地の集会所を使ったカフェや野菜づくりの会など、身近な居場所を増やしています。',
    districts: [
      { slug: 'terao', name: '寺尾', reading: 'てらお' },
      { slug: 'shiroyama', name: '城山', reading: 'しろやま' },
    ],
  },
  {
    slug: 'kataoka',
    name: '片岡',
    reading: 'かたおか',
    layer: '2',
    exchangeGroup: 4,
    description:
      '片岡地区の協議体です。新聞受けや雨戸の様子にさりげなく気を配る、ゆるやかな見守りを広げています。',
    districts: [{ slug: 'kataoka', name: '片岡', reading: 'かたおか' }],
  },
  {
    slug: 'shinmachi',
    name: '新町',
    reading: 'しんまち',
    layer: '2',
    exchangeGroup: 4,
    description:
      '新町地区の協議体です。ごみ出しの手伝いから始まった助け合いを、ほかの町内会にも伝えています。',
    districts: [{ slug: 'shinmachi', name: '新町', reading: 'しんまち' }],
  },
  {
    slug: 'kuragano',
    name: '倉賀野',
    reading: 'くらがの',
    layer: '2',
    exchangeGroup: 4,
    description:
      '倉賀野地区の協議体です。宿場町の面影が残る通りで、空き店舗を使ったおしゃべりの場を続けています。',
    districts: [{ slug: 'kuragano', name: '倉賀野', reading: 'くらがの' }],
  },
]
