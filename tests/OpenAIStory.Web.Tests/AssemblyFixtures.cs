// One started site per suite, shared by every test class that asks for it: start-up renders every page, so a site per
// class would make CI time grow with the number of classes.
[assembly: AssemblyFixture(typeof(OpenAIStory.Web.Tests.SiteFactory))]
[assembly: AssemblyFixture(typeof(OpenAIStory.Web.Tests.KestrelFixture))]
