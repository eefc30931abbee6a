package io.streamhub.adapter.cdn.fake;

import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;

/** What each provider's API answers to an accepted purge, as its documentation shows it. */
public final class ProviderAnswers {
    /** CloudFront API's XML namespace. */
    public static final String CLOUDFRONT_XMLNS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    private ProviderAnswers() {
    }

    /** Bunny "Purge URL": 200, empty body. */
    public static Response bunnyPurged() {
        return new Response(200, "application/json", "");
    }

    /** Cloudflare "Purge Cached Content": 200 with {@code "success": true}. */
    public static Response cloudflarePurged() {
        return new Response(200, "application/json", "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"9a7806061c88ada191ed06f989cc3dac\"}}");
    }

    /** CloudFront "CreateInvalidation": 201 with the Invalidation. */
    public static Response cloudFrontInvalidationCreated() {
        return new Response(201, "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invalidation xmlns=\"" + CLOUDFRONT_XMLNS + "\">"
                + "<Id>I2J0I21PCUYOIK</Id><Status>InProgress</Status><CreateTime>2026-11-21T10:00:00.000Z</CreateTime>"
                + "<InvalidationBatch><Paths><Quantity>1</Quantity><Items><Path>/x</Path></Items></Paths>"
                + "<CallerReference>x</CallerReference></InvalidationBatch></Invalidation>");
    }

    /** Fastly "Purge a URL": 200 with the purge id. */
    public static Response fastlyPurged() {
        return new Response(200, "application/json", "{\"status\":\"ok\",\"id\":\"108-1391560174-974124\"}");
    }
}
