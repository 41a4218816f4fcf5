import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

/**
 * A print preview over the whole window, outside the app's layout: on paper only the A4 pages appear.
 * `toolbar` holds what the clerk needs before printing (counts); `notices` (warnings) get a row of
 * their own under it, so a long warning never squeezes or covers the toolbar's text.
 */
export function PrintSheet({
  onBack,
  backLabel,
  printLabel,
  toolbar,
  notices,
  onPrint = () => window.print(),
  children,
}: {
  onBack: () => void;
  backLabel: string;
  printLabel: string;
  toolbar?: ReactNode;
  notices?: ReactNode;
  /** What the print button does (default: print now); e.g. warn first. */
  onPrint?: () => void;
  children: ReactNode;
}) {
  return createPortal(
    <div className="vp-print-root">
      <div className="vp-print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {backLabel}
        </Button>
        <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={onPrint}>
          {printLabel}
        </Button>
        {toolbar}
        {notices && <div className="vp-print-notices">{notices}</div>}
      </div>
      <div className="vp-print-pages">{children}</div>
    </div>,
    document.body,
  );
}

/** Splits items into pages of `size`. */
export function pagesOf<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
