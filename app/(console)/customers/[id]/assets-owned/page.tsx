import { AssetTab, assetTabMetadata, type AssetTabProps } from "../asset-tab";

export const metadata = assetTabMetadata("assets-owned");

export default function CustomerAssetsOwnedPage(props: AssetTabProps) {
  return <AssetTab view="assets-owned" {...props} />;
}
