package cn.gov.disclosure.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import cn.gov.disclosure.documents.DocumentQueries;
import cn.gov.disclosure.documents.DocumentResource;
import cn.gov.disclosure.documents.DocumentServices;
import io.quarkus.security.Authenticated;

/** A letter's PDF as issued and its 送达回证, for the signed-in pages (the API takes HTTP Basic only). */
@Path("/ui/documents")
@Authenticated
public class DocumentPages {

    @Inject
    DocumentQueries documents;

    @Inject
    DocumentServices services;

    @GET
    @Path("{id}.pdf")
    @Produces(DocumentResource.PDF)
    public Response pdf(@PathParam("id") UUID id) {
        DocumentQueries.Issued issued = documents.pdf(id);
        return DocumentResource.download(issued.number(), issued.pdf());
    }

    @GET
    @Path("{id}/service-receipt.pdf")
    @Produces(DocumentResource.PDF)
    public Response serviceReceipt(@PathParam("id") UUID id) {
        DocumentQueries.Issued receipt = services.receipt(id);
        return DocumentResource.download(receipt.number() + " 送达回证", receipt.pdf());
    }
}
