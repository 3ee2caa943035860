import { AssetTab, assetTabMetadata, type AssetTabProps } from "../asset-tab";

export const metadata = assetTabMetadata("assets");

export default function CustomerAssetsOnLocationPage(props: AssetTabProps) {
  return <AssetTab view="assets" {...props} />;
}
