import { realShapedMeetings } from './realShaped.ts'
import type { MeetingSeed } from './types.ts'

/** First-layer council meetings. Outcomes are printed after "→" in the newsletter. */
export const meetings: MeetingSeed[] = [
  {
    key: 'm-2025-05',
    title: '5月 住民企画会議',
    heldOn: '2025-05-20',
    kind: 'residents-planning',
    items: [
      {
        topic: '今年度のSC通信の発行について',
        outcome: '年に6回ほど発行し、各地区の居場所や助け合い活動を毎号1〜2件ずつ紹介していくことになりました。',
      },
      {
        topic: 'SC通信を読みやすくする工夫',
        outcome: '文字を大きくし、写真には必ず説明をつけることにしました。あわせて、SC通信の内容をあとから検索できるようにしていくことを確認しました。',
      },
      {
        topic: '第2層協議体からの報告',
        outcome: '八幡の協議体が新しいメンバーを迎えたことが報告され、夏号で取り上げることになりました。',
      },
    ],
  },
  {
    key: 'm-2025-07',
    title: '7月 事業推進会議',
    heldOn: '2025-07-15',
    kind: 'project-promotion',
    items: [
      {
        topic: 'サロン・居場所の紹介チラシづくり',
        outcome: '普及啓発グループで、地区ごとの一覧を試しにつくり、秋の会議で見直すことにしました。',
        group: 'awareness',
      },
      {
        topic: '第2層協議体どうしの交流の場について',
        outcome: '企画推進グループで、少人数で話せる情報交換会を開く方向で案を練ることになりました。',
        group: 'planning',
      },
      {
        topic: '活動を始めたい方への相談の流れ',
        outcome: '活動創出・支援グループで、相談を受けたときの手順を1枚にまとめることにしました。',
        group: 'activity-support',
      },
    ],
  },
  {
    key: 'm-2025-10',
    title: '10月 住民企画会議',
    heldOn: '2025-10-21',
    kind: 'residents-planning',
    items: [
      {
        topic: '視察受入れのふり返り',
        outcome: '近隣市の協議体から「世話人の負担をどう減らしているか」とよく聞かれることが分かり、次号でその工夫を紹介することにしました。',
      },
      {
        topic: '冬場の集まりについて',
        outcome: '寒い時期は休みになるサロンが多いため、休み中の声かけの工夫を各地区で話し合ってもらうことにしました。',
      },
    ],
  },
  {
    key: 'm-2025-11',
    title: '11月 事業推進会議',
    heldOn: '2025-11-18',
    kind: 'project-promotion',
    items: [
      {
        topic: '紹介チラシの見直し',
        outcome: '「開いている曜日」と「協力金」を大きく載せることにし、年明けに高齢者あんしんセンターへ置いてもらうことになりました。',
        group: 'awareness',
      },
      {
        topic: '情報交換会の進め方',
        outcome: '来年度、交流グループごとに4回に分けて開き、1協議体6人までとする案がまとまりました。',
        group: 'planning',
      },
      {
        topic: '立ち上げ相談の事例共有',
        outcome: '大類地区での勉強会の進め方を、ほかの地区にも紹介することになりました。',
        group: 'activity-support',
      },
    ],
  },
  {
    key: 'm-2026-01',
    title: '1月 住民企画会議',
    heldOn: '2026-01-20',
    kind: 'residents-planning',
    items: [
      {
        topic: '新年度に向けたふり返り',
        outcome: '「SC通信を見て活動に参加した」という声が各地区から届いていることを共有しました。',
      },
      {
        topic: 'ごみ出しの助け合いについて',
        outcome: '新町のごみだしおたすけ隊の取り組みを冬号で紹介し、ほかの町内会の参考にしてもらうことにしました。',
      },
      {
        topic: '県社会福祉協議会の視察について',
        outcome: '2月の視察では、やおやのえんがわと、中央・南・城南の協議体の話し合いの様子を見ていただくことにしました。',
      },
    ],
  },
  {
    key: 'm-2026-05',
    title: '5月 事業推進会議',
    heldOn: '2026-05-19',
    kind: 'project-promotion',
    items: [
      {
        topic: '地域支え合いサポーター養成講座の内容',
        outcome: 'お話だけでなく、実際の居場所を見学する回を入れることにしました。',
        group: 'planning',
      },
      {
        topic: '講座のお知らせ方法',
        outcome: '夏号のSC通信と回覧板でお知らせし、公民館にもポスターを貼ってもらうことになりました。',
        group: 'awareness',
      },
      {
        topic: '新しく生まれた活動の応援',
        outcome: '城山団地のカフェなど、昨年度から始まった活動の世話人に、相談会を案内することにしました。',
        group: 'activity-support',
      },
      {
        topic: '情報交換会の日程',
        outcome: '12月から翌年2月にかけて4回開くことが決まり、会場の候補を各支所に相談することになりました。',
        group: 'planning',
      },
    ],
  },
  {
    key: 'm-2026-07',
    title: '7月 住民企画会議',
    heldOn: '2026-07-21',
    kind: 'residents-planning',
    items: [
      {
        topic: '情報交換会の案内文',
        outcome: '「気軽に来てください」という気持ちが伝わるよう、やさしい言葉で書き直すことにしました。',
      },
      {
        topic: '秋号で紹介する活動',
        outcome: '佐野のほっとサロンさのと、倉渕の買い物の手伝いを紹介することに決まりました。',
      },
      {
        topic: 'SC通信の検索について',
        outcome: 'これまでの号を地区名や活動名で探せるよう準備が進んでいることが報告され、試しに使ってみる人を募ることになりました。',
      },
    ],
  },
  {
    key: 'm-2026-10',
    title: '10月 事業推進会議',
    heldOn: '2026-10-27',
    kind: 'project-promotion',
    items: [
      {
        topic: 'サポーター養成講座 第1回のふり返り',
        outcome: '定員を上回る申し込みがあり、第3回は広い会場で開くことにしました。',
        group: 'planning',
      },
      {
        topic: '情報交換会の当日の進め方',
        outcome: '各協議体の紹介を5分ずつにし、話し合いの時間を長めにとることにしました。',
        group: 'planning',
      },
      {
        topic: '活動の休止・再開の相談',
        outcome: '世話人の体調などで休んでいる活動について、再開の相談にのる窓口をSC通信でお知らせすることにしました。',
        group: 'activity-support',
      },
    ],
  },
  ...realShapedMeetings,
]
