export const S = {
  title: '名册导入',
  intro:
    '全乡的村庄基本情况和现任党支部书记、村委会主任可以用 Excel 名册一次导入。已有的村按村名更新，新的村自动新增；人员按身份证号认人（调村、换职务仍是同一人），未填身份证号的只在本村恰有一位同名人员时对应到该人；职务变动会保留历史任职记录。',
  step1: '下载模板',
  step1Text:
    '模板第一行是列名，示例行以“（示例）”开头，导入时会跳过。一人兼任书记和主任（一肩挑）时，两列填同一姓名。身份证号两列已设为文本格式，请填写完整的 18 位号码。',
  download: '下载名册模板',
  step2: '上传并检查',
  step2Text: '选择填好的 .xlsx 文件，系统先检查每一行，此时不会保存任何数据。',
  choose: '点击选择或将名册文件拖到此处',
  checking: '正在检查……',
  wrongType: '请选择 .xlsx 格式的 Excel 文件（旧版 .xls 请先另存为 .xlsx）',
  tooBig: '文件不能超过 8 MB',
  file: '文件',
  step3: '确认导入',
  errorsTitle: (n: number) => `名册中有 ${n} 处问题，整份名册都没有导入`,
  errorsText: '请在 Excel 中按下表逐一修改后重新上传。只要有一行有问题，系统就不会保存任何一行。',
  colRow: '行号',
  colColumn: '列',
  colMessage: '问题',
  colNote: '说明',
  notesTitle: (n: number) => `请核对以下 ${n} 处人员对应情况：`,
  previewTitle: '检查通过，导入后将：',
  villagesCreated: '新增村',
  villagesUpdated: '更新村',
  personsCreated: '新增人员',
  personsMoved: '调入人员',
  idCardsAdded: '补登身份证号',
  positionsCreated: '登记任职',
  positionsEnded: '登记离任',
  unit: (n: number, u: string) => `${n} ${u}`,
  confirm: '确认导入',
  reselect: '重新选择文件',
  doneTitle: '名册已导入',
  doneText: (r: {
    villagesCreated: number;
    villagesUpdated: number;
    personsCreated: number;
    personsMoved: number;
  }) =>
    `新增 ${r.villagesCreated} 个村，更新 ${r.villagesUpdated} 个村，新增 ${r.personsCreated} 名人员` +
    (r.personsMoved ? `，调入 ${r.personsMoved} 名人员。` : '。'),
  toVillages: '查看村庄列表',
  again: '再导入一份',
};
