import type { CellRef, Report } from './model/types';
import type { ReportLink } from './list/links';

/**
 * The messages between the extension's parts, in one place. Types only: nothing here is
 * bundled into the content script but the `type` strings.
 */

/** Page (content/analyser script) → background: a frame's report was read. */
export interface ReportMessage {
  type: 'nianbao:report';
  report: Report;
}
/** Its answer: the report was kept; `previous` is last year's report of the same agency, when kept. */
export interface ReportResponse {
  ok: true;
  previous?: Report;
}

/** Popup → background: the report of a tab (the best of its frames) and its 年报 column, or null (neither). */
export interface GetReportMessage {
  type: 'nianbao:get';
  tabId: number;
}
export interface GetReportResponse {
  /** Absent when the tab holds no report (a list page of reports has only `column`). */
  report?: Report;
  /** The frame the report was read in, for messages sent back to the page. */
  frameId: number;
  marksOn: boolean;
  /** The tab's page address when the extension may read it (a .gov.cn page), else absent. */
  pageUrl?: string;
  /** The tab's list page of reports (a 年报 column), when it is one. */
  column?: ColumnInfo;
}

/** A list page of reports as read from its rendered DOM (lib/list readColumn), with its address and title. */
export interface ColumnInfo {
  url: string;
  title: string;
  links: ReportLink[];
  /** The list's other pages (pagination), for the review to follow. */
  pages: string[];
}

/** Content script → background: this frame is a list page of reports; inject the list reader (lister.js). */
export interface LoadListerMessage {
  type: 'nianbao:lister';
}

/** List reader → background: the frame's column (sent again when the page's script adds links). */
export interface ListMessage {
  type: 'nianbao:list';
  column: ColumnInfo;
}

/** Review page → background: the column of a tab; answers ColumnInfo | null. */
export interface GetColumnMessage {
  type: 'nianbao:column';
  tabId: number;
}

/** Popup → page (tabs.sendMessage with frameId): scroll to a cell and highlight it briefly. */
export interface JumpMessage {
  type: 'nianbao:jump';
  ref: CellRef;
}

/** Popup → page: switch the marks off or on for this page; answers { on }. */
export interface ToggleMarksMessage {
  type: 'nianbao:toggle';
  on: boolean;
}

/**
 * Content script → background: this frame looks like a report; inject the analyser into it
 * (the heavy code is loaded only for reports). Answers { ok }.
 */
export interface LoadAnalyserMessage {
  type: 'nianbao:load';
}

/** Page → background: the marks of this frame were switched on or off (kept for nianbao:get). */
export interface MarksStateMessage {
  type: 'nianbao:marks';
  on: boolean;
}

export type NianbaoMessage =
  | ReportMessage
  | GetReportMessage
  | JumpMessage
  | ToggleMarksMessage
  | LoadAnalyserMessage
  | MarksStateMessage
  | LoadListerMessage
  | ListMessage
  | GetColumnMessage;
