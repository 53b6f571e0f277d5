/** 简体中文界面文字。键必须与 en.ts 完全一致（类型检查保证）。 */
import type { Messages } from './en.ts';

export const zhCN: Messages = {
  app: {
    title: 'Lifeline 生命线',
    subtitle: '高层建筑疏散演练模拟',
  },
  language: {
    label: '语言',
    en: 'English',
    zhCN: '中文',
  },
  source: {
    sample: '示例建筑',
    noSamples: '此版本未包含示例建筑',
    open: '打开…',
    openHint: '打开建筑模型文件（.json）',
  },
  building: {
    heading: '建筑',
    name: '名称',
    file: '文件',
    storeys: '楼层数',
    occupants: '人员总数',
    stairs: '楼梯',
    height: '建筑高度',
  },
  validation: {
    heading: '校验',
    ok: '未发现问题。',
    errors: '错误',
    warnings: '警告',
    wholeFile: '（整个文件）',
    invalidFile: '此文件无法使用。请修正下列错误，每条都注明了 JSON 路径。',
  },
  status: {
    loading: '正在加载…',
    noBuilding: '尚未加载建筑。请选择示例或打开建筑文件。',
    invalid: '无法显示：文件有错误。',
    readFailed: '无法读取文件：{{reason}}',
    viewFailed: '此电脑无法显示三维视图（WebGL 无法启动）。',
  },
  legend: {
    heading: '图例',
    room: '房间',
    corridor: '走廊',
    lobby: '门厅',
    stair: '楼梯间',
    elevatorLobby: '电梯厅',
    shop: '商铺',
    refuge: '避难层 / 避难区',
    other: '其他',
  },
  view: {
    label: '建筑三维视图',
    hint: '拖动旋转 · 右键拖动平移 · 滚轮缩放',
  },
};
