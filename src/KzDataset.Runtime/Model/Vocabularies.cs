using System.Runtime.CompilerServices;
using KzDataset;

// The vocabulary enums are defined once, with their sidecar words, in KzDataset.Format, which the
// generator encodes with; code compiled against an earlier KzDataset.Runtime finds them there.
[assembly: TypeForwardedTo(typeof(ArticleFormat))]
[assembly: TypeForwardedTo(typeof(DatePrecision))]
[assembly: TypeForwardedTo(typeof(TextProcessing))]
[assembly: TypeForwardedTo(typeof(ExclusionReason))]
[assembly: TypeForwardedTo(typeof(TurnRole))]
[assembly: TypeForwardedTo(typeof(QuoteKind))]
[assembly: TypeForwardedTo(typeof(FigureQualifier))]
[assembly: TypeForwardedTo(typeof(CorrectionKind))]
[assembly: TypeForwardedTo(typeof(TermKind))]
[assembly: TypeForwardedTo(typeof(PersonKind))]
