namespace OpenAIStory.Web.Hosting;

/// <summary>The security headers every response carries: a strict CSP with no inline code, and the usual hardening headers.</summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy(bool isDevelopment)
    {
        var policy = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddCrossOriginResourcePolicy(b => b.SameOrigin())
            .RemoveServerHeader()
            .AddPermissionsPolicy(b =>
            {
                b.AddCamera().None();
                b.AddMicrophone().None();
                b.AddGeolocation().None();
                b.AddPayment().None();
                b.AddUsb().None();
            })
            .AddContentSecurityPolicy(b =>
            {
                b.AddDefaultSrc().Self();
                b.AddScriptSrc().Self();
                b.AddStyleSrc().Self();
                b.AddImgSrc().Self().Data();
                b.AddFontSrc().Self();
                b.AddConnectSrc().Self();
                b.AddObjectSrc().None();
                b.AddBaseUri().Self();
                b.AddFormAction().Self();
                b.AddFrameAncestors().None();
            });
        if (!isDevelopment)
        {
            policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 60 * 60 * 24 * 365);
        }

        return policy;
    }
}
