/**
 * The desktop shell's own words (native menus and dialogs) in both UI languages. The renderer's
 * strings live in renderer/src/locales; main cannot import them (layering), and these are few.
 * `&` marks the Windows/Linux access key (Electron strips it on macOS).
 */
import type { Locale } from '../../models/index.ts';

export interface ShellText {
  menu: {
    file: string;
    open: string;
    openRecent: string;
    noRecent: string;
    clearRecent: string;
    save: string;
    saveAs: string;
    exportReport: string;
    revealInFolder: string;
    quit: string;
    view: string;
    zoomIn: string;
    zoomOut: string;
    resetZoom: string;
    fullScreen: string;
    devTools: string;
    language: string;
    help: string;
    about: string;
  };
  dialog: {
    openTitle: string;
    saveTitle: string;
    exportTitle: string;
    buildingFilter: string;
    htmlFilter: string;
    pdfFilter: string;
    /** `{name}` is the document's file name. */
    unsavedMessage: string;
    unsavedDetail: string;
    save: string;
    dontSave: string;
    cancel: string;
    untitled: string;
  };
}

const en: ShellText = {
  menu: {
    file: '&File',
    open: '&Open…',
    openRecent: 'Open &Recent',
    noRecent: 'No recent files',
    clearRecent: '&Clear Recent',
    save: '&Save',
    saveAs: 'Save &As…',
    exportReport: '&Export Report…',
    revealInFolder: 'Reveal in &Folder',
    quit: '&Quit',
    view: '&View',
    zoomIn: 'Zoom &In',
    zoomOut: 'Zoom &Out',
    resetZoom: '&Actual Size',
    fullScreen: 'Toggle &Full Screen',
    devTools: 'Toggle &Developer Tools',
    language: '&Language',
    help: '&Help',
    about: '&About Lifeline',
  },
  dialog: {
    openTitle: 'Open building model',
    saveTitle: 'Save building model',
    exportTitle: 'Export report',
    buildingFilter: 'Building model (JSON)',
    htmlFilter: 'Web page (HTML)',
    pdfFilter: 'PDF document',
    unsavedMessage: 'Save the changes to “{name}”?',
    unsavedDetail: 'Your changes will be lost if you do not save them.',
    save: '&Save',
    dontSave: "&Don't Save",
    cancel: 'Cancel',
    untitled: 'Untitled',
  },
};

const zhCN: ShellText = {
  menu: {
    file: '文件(&F)',
    open: '打开(&O)…',
    openRecent: '最近打开(&R)',
    noRecent: '没有最近打开的文件',
    clearRecent: '清除最近打开记录(&C)',
    save: '保存(&S)',
    saveAs: '另存为(&A)…',
    exportReport: '导出报告(&E)…',
    revealInFolder: '在文件夹中显示(&F)',
    quit: '退出(&Q)',
    view: '视图(&V)',
    zoomIn: '放大(&I)',
    zoomOut: '缩小(&O)',
    resetZoom: '实际大小(&A)',
    fullScreen: '切换全屏(&F)',
    devTools: '切换开发者工具(&D)',
    language: '语言(&L)',
    help: '帮助(&H)',
    about: '关于 Lifeline 生命线(&A)',
  },
  dialog: {
    openTitle: '打开建筑模型',
    saveTitle: '保存建筑模型',
    exportTitle: '导出报告',
    buildingFilter: '建筑模型（JSON）',
    htmlFilter: '网页（HTML）',
    pdfFilter: 'PDF 文档',
    unsavedMessage: '是否保存对“{name}”的更改？',
    unsavedDetail: '如果不保存，您的更改将会丢失。',
    save: '保存(&S)',
    dontSave: '不保存(&D)',
    cancel: '取消',
    untitled: '未命名',
  },
};

export const SHELL_TEXT: Readonly<Record<Locale, ShellText>> = { en, 'zh-CN': zhCN };

/** `zh`, `zh-CN`, `zh-Hans-CN`, `zh-TW`… → zh-CN (the only Chinese UI); anything else → en. */
export function localeFromLanguageTag(tag: string | undefined): Locale {
  return tag !== undefined && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
