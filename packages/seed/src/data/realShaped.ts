import type { EventSeed, IssueSeed, MeetingSeed } from './types.ts'

/**
 * Two issues laid out the way coordinators really make them, written for this project: a
 * 2-page summer issue dated by month only (令和7年8月号) and a 4-page winter issue. They carry
 * what demo content written for the code hid: a step flow before the labelled parts, a survey
 * box, free labels, a diagram with a long description, a quote, a table, a visit with its
 * headcount split, meetings of one month with several → outcomes (and an item with none),
 * group work in three groups, an event with four sessions, a gathering reported by month, the
 * request box in each issue's own words with bold phrases, and the layers explainer.
 */
const phone = '027-321-6045'

export const realShapedMeetings: MeetingSeed[] = [
  {
    key: 'm-2025-06-planning',
    title: '6月 住民企画会議',
    heldOn: '2025-06',
    kind: 'residents-planning',
    items: [
      {
        topic: 'SC通信 夏号の中身について',
        outcome: '八幡の協議体の歩みを、流れの図にして載せることになりました。\n前回のアンケートの声も、囲みで紹介します。',
      },
      { topic: '各地区の近況報告（自由に話す時間）' },
      {
        topic: '情報交換会の進め方',
        outcome: '1回あたりの人数を1協議体6名までとすることになりました。',
      },
    ],
  },
  {
    key: 'm-2025-06-promotion',
    title: '6月 事業推進会議（グループワーク）',
    heldOn: '2025-06',
    kind: 'project-promotion',
    items: [
      {
        topic: 'SC通信をもっと多くの人に届けるには',
        outcome: '公民館と郵便局にも置かせてもらえるよう、お願いに回ることになりました。\n配る場所の一覧を次回までにつくります。',
        group: 'awareness',
      },
      {
        topic: '夏の交流会の準備',
        outcome: '7月末に、お茶を飲みながら話す会を開くことになりました。',
        group: 'planning',
      },
      {
        topic: '新しい居場所の候補地',
        outcome: '空き店舗を使えないか、持ち主の方に相談してみることになりました。',
        group: 'activity-support',
      },
      { topic: '移動が難しい方の参加について', group: 'activity-support' },
    ],
  },
  {
    key: 'm-2026-09-planning',
    title: '9月 住民企画会議',
    heldOn: '2026-09-17',
    kind: 'residents-planning',
    items: [
      {
        topic: '視察の受け入れをふり返って',
        outcome:
          '受け入れ先の活動の負担にならないよう、見学は1回10名程度までにすることを確認しました。\n質問をあらかじめ集めて、活動の方に渡すことにしました。',
      },
      { topic: '冬号の記事の分担', outcome: '情報交換会のお知らせは、第1層のSCがまとめます。' },
    ],
  },
]

export const realShapedEvents: EventSeed[] = [
  {
    slug: 'summer-tea-2025',
    title: '夏のおしゃべりお茶会',
    purpose: '暑い時期に家にこもりがちな方に、涼しい場所で顔を合わせてもらう。\n協議体のメンバーと地域の方が知り合うきっかけにする。',
    theme: '冷たいお茶を飲みながら、この夏の困りごとを話す',
    contact: `長寿社会課 生活支援コーディネーター（${phone}）`,
    sessions: [{ number: 1, date: '2025-07', venue: '八幡公民館 和室', invitedCouncils: ['yawata'], note: '7月末に開催しました。' }],
  },
  {
    slug: 'exchange-winter-2026',
    title: '第2層協議体小規模情報交換会（冬）',
    purpose: 'ほかの協議体の悩みや工夫を、少人数で聞き合う。\n自分たちの協議体の「次の一歩」を見つける。\n協議体どうしの顔の見える関係をつくる。',
    theme: '・新しいメンバーの迎え方\n・居場所と助け合い活動のつなぎ方\n・会議に来られない人の声の聞き方',
    capacity: 6,
    capacityScope: 'per-council',
    contact: `長寿社会課 生活支援コーディネーター（${phone}） 各回の1週間前までにお申し込みください。`,
    sessions: [
      {
        number: 1,
        date: '2026-12-10',
        startTime: '13:30',
        endTime: '15:30',
        venue: '総合福祉センター 2階 会議室',
        invitedCouncils: ['chuo-minami-jonan', 'kita-higashi-nishi', 'sano', 'joto-tobu', 'tsukazawa-hamajiri', 'shintakao-nakagawa', 'rokugo-hokubu'],
      },
      {
        number: 2,
        date: '2027-01-21',
        startTime: '10:00',
        endTime: '12:00',
        venue: '箕郷支所 3階 大会議室',
        invitedCouncils: ['yawata', 'toyooka', 'noritsuke', 'nagano', 'haruna', 'gunma-nanohana', 'gunma-sakura', 'misato', 'kurabuchi'],
      },
      {
        number: 3,
        date: '2027-02-04',
        startTime: '13:30',
        endTime: '15:00',
        venue: '大類公民館 集会室',
        invitedCouncils: ['orui', 'takigawa-kyogashima', 'nakai-yanaka', 'iwahana'],
      },
      {
        number: 4,
        date: '2027-03-06',
        startTime: '10:00',
        endTime: '11:30',
        venue: '新町文化ホール 1階 第1会議室',
        invitedCouncils: ['yoshii', 'minami-yawata', 'terao-shiroyama', 'kataoka', 'shinmachi', 'kuragano'],
        note: '土曜日の午前中です。',
      },
    ],
  },
]

export const realShapedIssues: IssueSeed[] = [
  {
    number: 8,
    title: '第8号 夏号',
    issuedOn: '2025-08',
    plannedPages: '2',
    published: true,
    greeting: '暑い日が続いていますが、いかがお過ごしでしょうか。今号では、新しい仲間を迎えた八幡の協議体の歩みと、7月末に開いたお茶会の様子をお届けします。',
    requestBox: [
      '**紹介してほしい活動を教えてください。**小さなお茶会でも、ご近所の見守りでもかまいません。',
      `**活動を始めたい方のご相談**にものります。お電話 ${phone}（長寿社会課）まで。`,
    ],
    articles: [
      {
        slug: 'no8-yawata-new-members',
        title: '新しい仲間と、地域の困りごとを見つめ直しました',
        kind: 'council-story',
        councils: ['yawata'],
        districts: ['yawata'],
        activities: ['ibasho-yawata'],
        blocks: [
          {
            type: 'steps',
            title: 'この半年の歩み',
            steps: [
              { title: '新しいメンバーが加わる', detail: '町内会の役員さん2名' },
              { title: '町内会と地域の困りごとを共有', detail: '協議体・町内会' },
              { title: 'コーディネーターとの打ち合わせ', detail: '協議体の代表・第2層SC' },
              { title: '勉強会', detail: '「居場所ってなんだろう」' },
              { title: 'ほかの地区の居場所を見学', detail: '大類の集まりへ' },
              { title: '「自分たちにできる形」を探す', detail: '協議体のみんなで' },
            ],
          },
          { type: 'part', part: 'purpose', text: '新しいメンバーと一緒に、地域で足りない活動は何かを考えるため。' },
          {
            type: 'part',
            part: 'background',
            text: '春に町内会の役員さんが協議体に加わり、「ゴミ出しに困っている一人暮らしの方がいる」という声が届きました。',
          },
          {
            type: 'part',
            part: 'scene',
            text: '勉強会では、居場所や助け合いの例を写真で見ながら話し合いました。見学では、参加者どうしが自然に声をかけ合う様子に、みなさん感心していました。',
          },
          { type: 'part', part: 'nextSteps', text: '秋には、町内会の回覧で「ちょっとした困りごと」を集めてみる予定です。' },
          {
            type: 'box',
            title: '前回のアンケートの声',
            tone: 'survey',
            text: '「**近くに集まれる場所があるとうれしい**」（70代・女性）\n「車がなくても行ける距離がいい」（80代・男性）\n「手伝えることがあれば声をかけてほしい」（60代・女性）',
          },
        ],
      },
      {
        slug: 'no8-summer-tea-report',
        title: '夏のおしゃべりお茶会を開きました',
        kind: 'event-report',
        councils: ['yawata'],
        districts: ['yawata'],
        events: ['summer-tea-2025'],
        blocks: [
          {
            type: 'text',
            text: '7月末、八幡公民館の和室で、冷たいお茶を飲みながら話す会を開きました。協議体のメンバーと地域の方、あわせて18名が集まりました。',
          },
          { type: 'quote', text: '家にいると誰とも話さない日もあるから、こういう会はありがたいね。', speaker: '参加者（80代・女性）' },
          { type: 'part', part: 'other', label: '参加者の声', text: '「次は秋にもやってほしい」「近所の人の顔と名前が一致した」という声をいただきました。' },
        ],
      },
      {
        slug: 'no8-meetings-june',
        title: '第1層協議体の話し合い（6月・7月）',
        kind: 'meeting-summary',
        councils: ['city'],
        meetings: ['m-2025-06-planning', 'm-2025-06-promotion', 'm-2025-07'],
      },
    ],
  },
  {
    number: 9,
    title: '第9号 冬号',
    issuedOn: '2026-11-16',
    plannedPages: '4',
    published: true,
    showLayers: true,
    greeting:
      '朝晩の冷え込みが厳しくなってきました。今号では、八百屋さんの店先の居場所の一年、視察に来られた前橋市のみなさんの感想、そして冬の情報交換会のお知らせをお届けします。',
    requestBox: [
      '「この活動をSC通信で紹介してほしい」という**推薦をお待ちしています**。ご本人からでも、ご近所の方からでもかまいません。',
      `居場所や助け合いを**始めたい方、続けるのに困っている方**のご相談にものります。お電話 ${phone}（長寿社会課）へ。`,
    ],
    articles: [
      {
        slug: 'no9-yaoya-one-year',
        title: '店先の居場所、一年たちました「やおやのえんがわ」',
        kind: 'activity-report',
        districts: ['shinmachi'],
        activities: ['yaoya-no-engawa'],
        blocks: [
          { type: 'part', part: 'purpose', text: '買い物のついでに、ひと息つける場所をつくるため。' },
          { type: 'part', part: 'background', text: '店主さんが「お店の前のベンチで話し込む人が多い」と気づき、協議体に相談したのが始まりです。' },
          {
            type: 'figure',
            picture: 'shop',
            alt: '八百屋さんの店先に置かれたベンチと、野菜の並ぶ棚（イメージ）',
            caption: '店先のベンチ。雨の日はのれんの内側に移します。',
          },
          {
            type: 'part',
            part: 'scene',
            text: '毎週水曜の午前中、5〜10人ほどが集まります。旬の野菜の食べ方を教え合ったり、体操をしたり、過ごし方はその日しだいです。',
          },
          {
            type: 'table',
            caption: 'この一年の参加者（のべ人数）',
            rows: [
              ['時期', '回数', '参加者'],
              ['春（4〜6月）', '12回', '74人'],
              ['夏（7〜9月）', '10回', '52人'],
              ['秋（10〜11月）', '8回', '61人'],
            ],
          },
          { type: 'part', part: 'nextSteps', text: '冬の間は、店内の一角をお借りして続ける予定です。' },
          { type: 'part', part: 'impressions', text: '世話人さんは「無理をしないことが、長く続けるこつ」と話していました。' },
        ],
      },
      {
        slug: 'no9-exchange-winter',
        title: '冬の情報交換会のお知らせ',
        kind: 'event-announcement',
        councils: ['city'],
        events: ['exchange-winter-2026'],
        lead: '各地区の第2層協議体のみなさんに、少人数で話し合っていただく会です。4回に分けて開きます。',
      },
      {
        slug: 'no9-hokubu-otasuke',
        title: '「業者に頼むほどではない」を引き受けて「ほくぶ暮らしのおたすけ便」',
        kind: 'activity-report',
        councils: ['rokugo-hokubu'],
        districts: ['hokubu'],
        activities: ['denkyu-otasuke-hokubu'],
        lead: '電球の交換、家具の移動、電池の入れ替え。家の中の小さな困りごとを、ご近所の手で片づける助け合いが、北部地区で3年目を迎えました。',
        blocks: [
          {
            type: 'steps',
            title: '依頼から作業まで',
            steps: [
              { title: '電話で依頼', detail: '本人・家族・民生委員さんから' },
              { title: '打ち合わせで担当を決める', detail: '第1・第3火曜日、井野公民館' },
              { title: '2人1組でおうかがい', detail: '脚立や工具は町内会のもの' },
              { title: '作業のあとにひと息', detail: '「ついでにお茶でも」' },
            ],
          },
          { type: 'part', part: 'purpose', text: '業者に頼むほどではないけれど、一人ではできない家の中の困りごとを、ご近所どうしで手伝うため。' },
          {
            type: 'part',
            part: 'background',
            text: '六郷・北部の協議体の話し合いで、「高いところの電球が切れたまま暮らしている」という声が続けて出ました。手先の器用な住民に声をかけたところ、5人が手を挙げてくれたのが始まりです。',
          },
          {
            type: 'figure',
            picture: 'hands',
            alt: '脚立にのぼって天井の電球を替える人と、脚立を支える人（イメージ）',
            caption: '作業はかならず2人で。1人が脚立を支えます。',
          },
          {
            type: 'part',
            part: 'scene',
            text: 'この一年の依頼は42件。いちばん多いのは電球の交換で、次が家具の移動、網戸の張り替えと続きます。作業は10分ほどで終わることが多いのですが、そのあとのおしゃべりが1時間になることもあるそうです。\n\n依頼をきっかけに、ひとり暮らしの方の様子に気づき、高齢者あんしんセンターにつないだこともありました。',
          },
          {
            type: 'quote',
            text: '電球一つでも、暗い部屋で何週間も過ごすのはつらいもの。頼める人がいると思えるだけで違うと言われました。',
            speaker: '世話人の藤田さん',
          },
          { type: 'part', part: 'nextSteps', text: '手伝う人を増やすため、来年の春に「道具の使い方講習」を開く予定です。' },
          {
            type: 'box',
            title: 'お手伝いできること・できないこと',
            tone: 'note',
            text: '**できること**：電球・電池の交換、家具の移動、網戸の張り替え、高い所の物の上げ下ろし\n**できないこと**：電気工事、屋根の上の作業、お金の管理',
          },
        ],
      },
      {
        slug: 'no9-maebashi-visit',
        title: '前橋市の第2層協議体のみなさんが視察に来られました',
        kind: 'visit',
        districts: ['misato'],
        activities: ['misato-hanabatake'],
        visit: { visitors: '前橋市 第2層協議体（南部地区）', headcount: 11, staffCount: 2, visitedOn: '2026-10' },
        blocks: [
          { type: 'part', part: 'scene', text: '箕郷の「はなばたけクラブ」を見学し、休耕畑をお花畑にするまでの苦労や、当番の決め方について質問が出ました。' },
          { type: 'part', part: 'other', label: '聞かれたこと', text: '「畑を貸してくれる人はどうやって見つけたのか」「雨の日はどうしているのか」' },
          { type: 'quote', text: '特別なことをしなくても、続けている姿そのものが地域の力になると感じました。', speaker: '視察に来られた方' },
        ],
      },
      {
        slug: 'no9-layers-cycle',
        title: '第2層協議体は「作戦会議」の場です',
        kind: 'council-story',
        councils: ['city'],
        blocks: [
          {
            type: 'text',
            text: '第2層協議体は、活動そのものを運営するところではありません。地域の困りごとを知り、資源を調べ、足りない活動を生み出し、活動どうしをつなぐ「作戦会議」の場です。',
          },
          {
            type: 'figure',
            picture: 'meeting',
            alt: '第2層協議体の四つのはたらきを輪にした図（イメージ）',
            caption: '四つのはたらきは、ひとまわりしたらまた最初に戻ります。',
            longDescription:
              '四つのはたらきが輪になっています。1 地域の困りごと・ニーズを知る。2 いまある資源を調べる。3 足りない活動をつくる。4 活動をつなぐ。4のあとは、また1に戻ります。',
          },
        ],
      },
      {
        slug: 'no9-meetings-autumn',
        title: '第1層協議体の話し合い（9月・10月）',
        kind: 'meeting-summary',
        councils: ['city'],
        meetings: ['m-2026-09-planning', 'm-2026-10'],
      },
    ],
  },
]
