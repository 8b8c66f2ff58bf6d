import { realShapedEvents } from './realShaped.ts'
import type { EventSeed } from './types.ts'

const contact = '高崎市 長寿社会課 生活支援コーディネーター（電話 027-321-6045）'

export const events: EventSeed[] = [
  {
    slug: 'exchange-2026',
    title: '第2層協議体小規模情報交換会',
    purpose:
      'ほかの地区の第2層協議体が、どんなことに悩み、どんな工夫をしているのかを知る機会です。少人数で顔を合わせて話すことで、自分たちの協議体の次の一歩を見つけていただくことを目指します。',
    theme:
      '「新しいメンバーをどう迎えるか」「地域の居場所や助け合い活動をどうつないでいくか」をテーマに、各協議体から取り組みを5分ずつ紹介していただき、そのあとグループに分かれて話し合います。',
    capacity: 6,
    capacityScope: 'per-council',
    contact,
    sessions: [
      {
        number: 1,
        date: '2026-12-08',
        startTime: '13:30',
        endTime: '15:30',
        venue: '総合福祉センター 2階 会議室',
        invitedCouncils: ['chuo-minami-jonan', 'kita-higashi-nishi', 'sano', 'joto-tobu', 'tsukazawa-hamajiri', 'shintakao-nakagawa', 'rokugo-hokubu'],
      },
      {
        number: 2,
        date: '2027-01-19',
        startTime: '13:30',
        endTime: '15:30',
        venue: '箕郷支所 3階 大会議室',
        invitedCouncils: ['yawata', 'toyooka', 'noritsuke', 'nagano', 'haruna', 'gunma-nanohana', 'gunma-sakura', 'misato', 'kurabuchi'],
        note: '榛名・倉淵方面の方は、乗り合わせでのご来場にご協力ください。',
      },
      {
        number: 3,
        date: '2027-02-04',
        startTime: '13:30',
        endTime: '15:30',
        venue: '大類公民館 2階 講座室',
        invitedCouncils: ['orui', 'takigawa-kyogashima', 'nakai-yanaka', 'iwahana'],
      },
      {
        number: 4,
        date: '2027-02-20',
        startTime: '10:00',
        endTime: '12:00',
        venue: '新町文化ホール 1階 第1会議室',
        invitedCouncils: ['yoshii', 'minami-yawata', 'terao-shiroyama', 'kataoka', 'shinmachi', 'kuragano'],
        note: 'この回は土曜日の午前中の開催です。平日は参加しにくい方もどうぞ。',
      },
    ],
  },
  {
    slug: 'supporter-course-2026',
    title: '地域支え合いサポーター養成講座',
    purpose:
      '「ご近所のために何かしたいけれど、何から始めたらいいか分からない」という方に向けた講座です。支え合いの考え方や、地域で続いている活動の様子を知り、できることから一歩を踏み出すきっかけにしていただきます。',
    theme:
      '第1回は「支え合いってなんだろう」をテーマにしたお話とグループワーク、第2回は地域の居場所・サロンの見学、第3回は先輩サポーターとの座談会です。どの回からでも参加できます。',
    contact,
    sessions: [
      {
        number: 1,
        date: '2026-10-20',
        startTime: '10:00',
        endTime: '12:00',
        venue: '市役所 本庁舎 21階 会議室',
        invitedCouncils: [],
        note: 'どなたでも参加できます。申し込みは前の週の金曜日までにお電話で。',
      },
      {
        number: 2,
        date: '2027-01-14',
        startTime: '13:30',
        endTime: '15:30',
        venue: 'いばしょ八幡（八幡町）ほか 地区内の居場所',
        invitedCouncils: ['yawata', 'noritsuke', 'toyooka'],
        note: '見学先の広さの都合で、八幡・乗附・豊岡の各協議体からのご推薦の方を優先します。',
      },
      {
        number: 3,
        date: '2027-01-28',
        startTime: '13:30',
        endTime: '15:30',
        venue: '総合福祉センター 3階 研修室',
        invitedCouncils: [],
        note: 'どなたでも参加できます。修了された方にはサポーター証をお渡しします。',
      },
    ],
  },
  ...realShapedEvents,
]
