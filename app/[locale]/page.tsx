import { redirect } from "next/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";

export default async function LocaleHome({ params }: { params: LocaleParams }) {
  const { locale } = await pageParams(params);
  redirect(`/${locale}/articles`);
}
