/** The newsletter's standing texts: masthead, request box, layers, publisher. */
export const newsletter = {
  title: 'めざせ！ワンハート',
  subtitle: '高崎市生活支援コーディネーター通信',
  requestBox:
    'みなさんの地域で続いている活動や、これから始めたい集まりのことを教えてください。紙面で紹介させていただくほか、立ち上げの相談にもうかがいます。お電話一本でお気軽にどうぞ。',
  layersExplanation:
    '第1層協議体は市全体で、第2層協議体は地区ごとに、地域の困りごとや資源を話し合う場です。第3層は、居場所や助け合いなど地域の一つひとつの活動です。三つの層がつながって、支え合いのまちをつくります。',
  secondLayerFunctions: [
    { text: '地域の困りごと・ニーズを知る' },
    { text: 'いまある資源を調べる' },
    { text: '足りない活動をつくる' },
    { text: '活動をつなぐ' },
  ],
  publisher: {
    name: '高崎市 生活支援コーディネーター（第1層）',
    department: '長寿社会課',
    phone: '027-300-1234',
    cityPageUrl: 'https://www.city.takasaki.gunma.jp/',
    cityPageTitle: '生活支援体制整備事業（高崎市）',
  },
}
