// Where the customer export endpoint lives (app/(console)/customers/export/route.ts).
export const EXPORT_PATH = "/customers/export";
