// Shown at once on a click on the tab (prefetched with the tab link), while the page streams in.
import { TabLoading } from "@/components/customers/tab-loading";

export default function Loading() {
  return <TabLoading heading="Customer Statistics" />;
}
