// The workspace pages' text (the shared header's is in ../common/messages.js).
export default {
  en: {
    'start.title': 'Coordinator workspace',
    'start.intro': 'Find a member to see whom to introduce them to, or open one of the lists.',
    'start.isolated': 'firms with few or no partners, with suggested partners',
    'start.introductions': 'who introduced whom, and what came of it',
    'start.upload': 'bring a member list (CSV or Excel)',
    'start.map': 'the whole network',
    'search.label': 'Find an actor',
    'search.placeholder': 'Name or id (two letters or more)',
  },
  ja: {
    'start.title': 'コーディネータ作業画面',
    'start.intro': '会員を検索して紹介先の候補を見るか、一覧を開いてください。',
    'start.isolated': '連携先が少ない・ない企業と、紹介先の候補',
    'start.introductions': '誰が誰を紹介し、その結果どうなったか',
    'start.upload': '会員名簿を取り込む（CSVまたはExcel）',
    'start.map': 'ネットワーク全体',
    'search.label': '主体を検索',
    'search.placeholder': '名称またはID（2文字以上）',
  },
};
