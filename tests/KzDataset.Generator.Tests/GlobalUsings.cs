// The core's layers, which most tests reach into (the core grants these tests its internals).
global using KzDataset.Core.Parsing;
global using KzDataset.Core.Records;
global using KzDataset.Core.Steps;
global using KzDataset.Core.Validation;
