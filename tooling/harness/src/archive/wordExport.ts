import { box, footer, greeting, masthead, meetingSummary, requestBox, story } from './blocks.ts'
import type { FlowingIssue } from './layout.ts'

/**
 * Two issues as a word processor exports them: one column, Western or era dates, no running
 * header. The spring 2024 issue prints no number; the December 2019 one was typed with the
 * damage old PDFs carry. Invented text; real places.
 */

const PHONE = '027-321-6045'

export const spring2024: FlowingIssue = {
  name: 'single-column',
  masthead: masthead({ subtitle: '生活支援コーディネーター通信', dateLine: '2024年3月' }),
  pieces: [
    {
      html: greeting([
        'みなさま、こんにちは。日ざしに春の暖かさを感じるようになりました。この冬は、インフルエンザで集まりをお休みした居場所も多かったと伺っています。再開の知らせが届くたびに、コーディネーター一同ほっとしています。',
        '今回は、長野地区で始まった子どもと高齢者の食堂と、1・2月の第1層協議体の話し合いをご紹介します。',
      ]),
    },
    {
      heading: '子どもも大人も「いただきます」 ながのっこ食堂',
      html: story({
        district: '長野地区',
        title: '子どもも大人も「いただきます」 ながのっこ食堂',
        parts: [
          [
            '目的',
            '子どもから高齢の方まで、地域の誰もが一緒に食卓を囲める場所をつくることです。ひとりで食事をとることの多い方に、にぎやかな食事を楽しんでもらいたいという思いから始まりました。',
          ],
          [
            '経緯',
            '町内の食生活改善推進員の方々が、「子ども食堂はあるけれど、お年寄りが来られる場所が少ない」と話していたのがきっかけです。公民館の調理室を借りられることになり、第2層協議体のメンバーも加わって準備を進め、昨年の11月に第1回を開きました。',
          ],
          [
            '様子',
            '2月の食堂には、小学生から90歳の方まで42人が集まりました。献立は豚汁と菜めし、大根の煮物です。配膳は中学生がボランティアで手伝い、食べ終わったあとは、昔遊びのお手玉やおはじきで盛り上がりました。参加費は子ども無料、大人300円です。',
          ],
          ['今後', '春休みには、子どもたちと一緒に作る会を予定しています。調理を手伝ってくださる方を募集中です。'],
        ],
      }),
    },
    {
      heading: '第1層協議体の話し合い（1・2月）',
      html: meetingSummary('第1層協議体の話し合い（1・2月）', [
        {
          month: '1月',
          meetings: [
            {
              kind: '住民企画会議',
              items: [
                ['来年度の通信の発行回数について', '年3回を続ける'],
                ['アンケートの集計結果について', '字の大きさを今のまま保つ'],
              ],
            },
            { kind: '事業推進会議', items: [['第2層協議体の交流の持ち方', '小さな会を何回かに分けて開く案でまとめる']] },
          ],
        },
        {
          month: '2月',
          meetings: [
            { kind: '住民企画会議', items: [['春号で紹介する活動について', '長野地区の食堂を紹介する'], ['次回の日程']] },
            { kind: '事業推進会議', items: [['担い手を増やす工夫について', 'サポーター養成講座の案内を町内会に回覧する']] },
          ],
        },
      ]),
    },
    {
      heading: 'コーディネーターからのお願い',
      html: requestBox('コーディネーターからのお願い', [
        'みなさまの地域の**集まりや助け合いの様子を教えてください**。この通信でご紹介します。',
        `活動を始めたい方の**ご相談もお待ちしています**。長寿社会課（電話 ${PHONE}）までお気軽にどうぞ。`,
      ]),
    },
    {
      html: box('生活支援コーディネーターとは', [
        '高齢になっても住み慣れた地域で暮らし続けられるよう、地域の支え合いを広げるお手伝いをする職員です。市全体を受け持つ第1層のコーディネーターが、この通信を作っています。',
      ]),
    },
    { html: footer(['発行元：高崎市 長寿社会課 生活支援コーディネーター', `電話 ${PHONE}`]) },
  ],
}

export const spring2024Phrases = [
  '子どもから高齢の方まで、地域の誰もが一緒に食卓を囲める場所をつくることです。',
  '献立は豚汁と菜めし、大根の煮物です。',
  'サポーター養成講座の案内を町内会に回覧する',
]

/** Each damaged spelling the December 2019 issue prints, with the spelling a reader types. */
export const damage = [
  { damaged: 'なつたら', clean: 'なったら' },
  { damaged: 'きよう', clean: 'きょう' },
  { damaged: '地 域 の サ ロ ン', clean: '地域のサロン' },
  { damaged: 'お 茶 の み 会', clean: 'お茶のみ会' },
  { damaged: 'ｻﾛﾝ', clean: 'サロン' },
  { damaged: 'ＳＣ通信', clean: 'SC通信' },
  { damaged: '１２月１５日', clean: '12月15日' },
]

export const december2019: FlowingIssue = {
  name: 'damaged',
  masthead: masthead({ subtitle: 'ＳＣ通信　生活支援コーディネーター通信', number: undefined, dateLine: '第５号　令和元年１２月' }),
  pieces: [
    {
      heading: '寒くなつたら、地 域 の サ ロ ン へ',
      html: story({
        district: '倉 賀 野 地 区',
        title: '寒くなつたら、地 域 の サ ロ ン へ',
        body: [
          'きようは、倉賀野の「お 茶 の み 会」をご紹介します。毎月第2水曜日、町内の集会所で開かれているｻﾛﾝです。',
          '寒くなつたら外へ出るのがおつくうになりますが、ここへ来れば誰かが待つています。１２月１５日には、みんなでゆずを持ち寄つて、ゆず湯の話で盛り上がりました。',
          '世話人さんは「続けられるのは、手伝つてくれる人がいるから」と話します。ＳＣ通信では、これからも地域の集まりを紹介していきます。',
        ],
      }),
    },
    { html: footer(['発行元：高崎市 長寿社会課', `電話 ${PHONE}`]) },
  ],
}
