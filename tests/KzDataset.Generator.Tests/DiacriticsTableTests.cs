using System.Collections.Generic;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The diacritics table against the Unicode Character Database: every letter of the covered blocks
/// strips to the first character of its canonical decomposition (NFD), and every other character
/// stays itself. The expected pairs were computed outside .NET (Python's unicodedata, Unicode 14),
/// since this process runs with invariant globalization, where <c>string.Normalize</c> does nothing.
/// </summary>
public sealed class DiacriticsTableTests
{
    // Letter, then its NFD base letter, for every letter of U+00C0–024F, U+1E00–1EFF, U+0370–03FF and
    // U+0400–04FF whose decomposition is another character followed by combining marks only.
    private const string Pairs = ""
        + "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûu"
        + "üuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜGĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮIįiİIĴJĵj"
        + "ĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőoŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųu"
        + "ŴWŵwŶYŷyŸYŹZźzŻZżzŽZžzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪOǫoǬOǭoǮƷǯʒǰjǴGǵg"
        + "ǸNǹnǺAǻaǼÆǽæǾØǿøȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧaȨEȩeȪOȫoȬOȭoȮOȯoȰOȱo"
        + "ȲYȳyḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟfḠGḡgḢHḣhḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯi"
        + "ḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅnṆNṇnṈNṉnṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡs"
        + "ṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭtṮTṯtṰTṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓz"
        + "ẔZẕzẖhẗtẘwẙyẛſẠAạaẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄEễeỆEệeỈIỉiỊI"
        + "ịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪUừuỬUửuỮUữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹyʹʹΆΑΈΕ"
        + "ΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒЀЕЁЕЃГЇІЌКЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝж"
        + "ӞЗӟзӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэӮУӯуӰУӱуӲУӳуӴЧӵчӸЫӹы";

    private static readonly (int First, int Last)[] Blocks = { (0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x0400, 0x04FF) };

    [Fact]
    public void Every_decomposable_letter_strips_to_its_base()
    {
        for (var i = 0; i < Pairs.Length; i += 2) Assert.True(Diacritics.Strip(Pairs[i]) == Pairs[i + 1], $"U+{(int)Pairs[i]:X4} '{Pairs[i]}'");
    }

    [Fact]
    public void Every_other_character_of_the_blocks_stays_itself()
    {
        var decomposable = new HashSet<char>();
        for (var i = 0; i < Pairs.Length; i += 2) decomposable.Add(Pairs[i]);
        foreach (var (first, last) in Blocks)
        {
            for (var c = (char)first; c <= last; c++)
            {
                if (!decomposable.Contains(c)) Assert.True(Diacritics.Strip(c) == c, $"U+{(int)c:X4} '{c}'");
            }
        }
        Assert.Equal('e', Diacritics.Strip('e'));
        Assert.Equal('\u4E2D', Diacritics.Strip('\u4E2D'));
    }
}
